import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { HandoverLink } from '../../../components/handover-link.tsx';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { currentLanguage, type Language, languageNames, languages } from '../../../lib/i18n.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { email } from '../../../lib/validation.ts';
import { useCreateInvitation } from '../api/create-invitation.ts';
import type { Program } from '../api/types.ts';

// The only roles a coordinator may hand out (the server's policy says the same).
const participantRoles = ['mentor', 'mentee'] as const;
type ParticipantRole = (typeof participantRoles)[number];

/**
 * A coordinator invites mentors and mentees into their own program. They cannot list the
 * organization's invitations, so the only record they see is the link shown after sending.
 */
export function InviteToProgramForm({ program }: { program: Program }) {
  const { t } = useTranslation();
  const invite = useCreateInvitation();
  const [handover, setHandover] = useState<{ email: string; url: string } | null>(null);
  const form = useForm({
    initialValues: { email: '', role: 'mentee' as ParticipantRole, locale: currentLanguage() as Language },
    validate: { email },
  });
  const submit = form.onSubmit((values) =>
    invite.mutate(
      { orgId: program.organizationId, programId: program.id, ...values, email: values.email.trim() },
      {
        onSuccess: (invitation) => {
          notifyDone(t('invitations.sent', { email: invitation.email }));
          setHandover(invitation.url ? { email: invitation.email, url: invitation.url } : null);
          form.setFieldValue('email', '');
        },
        onError: (error) => showServerFieldErrors(form, error),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        <ErrorAlert error={invite.error} />
        {handover && <HandoverLink email={handover.email} url={handover.url} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('fields.email')} type="email" required {...form.getInputProps('email')} />
          <NativeSelect
            label={t('fields.role')}
            data={participantRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            {...form.getInputProps('role')}
          />
          <NativeSelect
            label={t('fields.emailLanguage')}
            data={languages.map((language) => ({ value: language, label: languageNames[language] }))}
            {...form.getInputProps('locale')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={invite.isPending}>
            {t('invitations.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

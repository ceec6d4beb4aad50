import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { HandoverLink } from '../../../components/handover-link.tsx';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { currentLanguage, type Language, languageNames, languages } from '../../../lib/i18n.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { email, required } from '../../../lib/validation.ts';
import { useCreateInvitation } from '../api/create-invitation.ts';
import type { Organization } from '../api/types.ts';

/** Instance admins appoint admins of any organization (and nothing else inside it) by invitation. */
export function InviteAdminForm({ organizations }: { organizations: Organization[] }) {
  const { t } = useTranslation();
  const invite = useCreateInvitation();
  const [handover, setHandover] = useState<{ email: string; url: string } | null>(null);
  const form = useForm({
    initialValues: { orgId: organizations[0]?.id ?? '', email: '', locale: currentLanguage() as Language },
    validate: { orgId: required, email },
  });
  const submit = form.onSubmit((values) =>
    invite.mutate(
      { ...values, email: values.email.trim(), role: 'admin', programId: null },
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
  if (organizations.length === 0) return null;
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        <ErrorAlert error={invite.error} />
        {handover && <HandoverLink email={handover.email} url={handover.url} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('fields.organization')}
            data={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
            {...form.getInputProps('orgId')}
          />
          <TextInput label={t('fields.email')} type="email" required {...form.getInputProps('email')} />
          <NativeSelect
            label={t('fields.emailLanguage')}
            data={languages.map((language) => ({ value: language, label: languageNames[language] }))}
            {...form.getInputProps('locale')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={invite.isPending}>
            {t('organizations.inviteAdmin')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

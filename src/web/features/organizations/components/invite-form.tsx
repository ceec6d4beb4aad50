import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { HandoverLink } from '../../../components/handover-link.tsx';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { currentLanguage, type Language, languageNames, languages } from '../../../lib/i18n.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { programRoles, type Role, roles } from '../../../lib/session/get-me.ts';
import { email } from '../../../lib/validation.ts';
import { useCreateInvitation } from '../api/create-invitation.ts';
import type { Program } from '../api/types.ts';

/** Invites by email with a role; coordinators, mentors and mentees are invited into a program. */
export function InviteForm({ orgId, programs }: { orgId: string; programs: Program[] }) {
  const { t } = useTranslation();
  const invite = useCreateInvitation();
  const [handover, setHandover] = useState<{ email: string; url: string } | null>(null);
  const form = useForm({
    initialValues: { email: '', role: 'mentor' as Role, programId: '', locale: currentLanguage() as Language },
    validate: {
      email,
      programId: (value, values) =>
        programRoles.includes(values.role) && !value ? t('validation.chooseProgram') : null,
    },
  });
  const needsProgram = programRoles.includes(form.values.role);
  const submit = form.onSubmit((values) =>
    invite.mutate(
      {
        orgId,
        email: values.email.trim(),
        role: values.role,
        programId: needsProgram ? values.programId : null,
        locale: values.locale,
      },
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
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.email')} type="email" required {...form.getInputProps('email')} />
          <NativeSelect
            label={t('fields.role')}
            data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            {...form.getInputProps('role')}
          />
          {needsProgram && (
            <NativeSelect
              label={t('fields.program')}
              description={programs.length === 0 ? t('invitations.createProgramFirst') : undefined}
              required
              data={[
                { value: '', label: t('invitations.chooseProgram') },
                ...programs.map((program) => ({ value: program.id, label: program.name })),
              ]}
              {...form.getInputProps('programId')}
            />
          )}
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

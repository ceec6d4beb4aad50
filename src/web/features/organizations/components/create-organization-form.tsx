import { Button, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { HandoverLink } from '../../../components/handover-link.tsx';
import { browserTimeZone, TimeZoneSelect } from '../../../components/time-zone-select.tsx';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { email, minLength, required } from '../../../lib/validation.ts';
import { useCreateOrganization } from '../api/create-organization.ts';
import type { OrganizationKind } from '../api/types.ts';

/** Instance admins add further organizations (each then gets its own admin by invitation). */
export function CreateOrganizationForm() {
  const { t } = useTranslation();
  const create = useCreateOrganization();
  const form = useForm({
    initialValues: { name: '', kind: 'school' as OrganizationKind, timeZone: browserTimeZone(), adminEmail: '' },
    validate: { name: minLength(2), timeZone: required, adminEmail: (value) => (value.trim() ? email(value) : null) },
  });
  const [handover, setHandover] = useState<{ email: string; url: string } | null>(null);
  const submit = form.onSubmit(({ adminEmail, ...values }) =>
    create.mutate(
      { ...values, name: values.name.trim(), adminEmail: adminEmail.trim() || undefined },
      {
        onSuccess: (organization) => {
          notifyDone(t('organizations.created', { name: organization.name }));
          const url = organization.adminInvitationUrl;
          setHandover(url ? { email: adminEmail.trim(), url } : null);
          form.reset();
        },
        onError: (error) => showServerFieldErrors(form, error),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={560}>
        <ErrorAlert error={create.error} />
        {handover && <HandoverLink email={handover.email} url={handover.url} />}
        <TextInput label={t('fields.organizationName')} required {...form.getInputProps('name')} />
        <NativeSelect
          label={t('fields.organizationKind')}
          data={[
            { value: 'school', label: t('kinds.school') },
            { value: 'community', label: t('kinds.community') },
          ]}
          {...form.getInputProps('kind')}
        />
        <TimeZoneSelect required {...form.getInputProps('timeZone')} />
        <TextInput
          label={t('fields.firstAdminEmail')}
          description={t('fields.firstAdminEmailHint')}
          type="email"
          {...form.getInputProps('adminEmail')}
        />
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('organizations.create')}
        </Button>
      </Stack>
    </form>
  );
}

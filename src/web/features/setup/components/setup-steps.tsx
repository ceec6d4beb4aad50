import { NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PasswordInput } from '../../../components/password-input.tsx';
import { TimeZoneSelect } from '../../../components/time-zone-select.tsx';

export interface SetupValues {
  token: string;
  organization: { name: string; kind: 'school' | 'community'; timeZone: string };
  admin: { name: string; email: string; password: string; confirmPassword: string };
}

/** What a step needs from the setup form: its fields' props by path. */
interface StepForm {
  getInputProps(path: string): Record<string, any>;
}
type StepProps = { form: StepForm };

export function TokenStep({ form }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text>{t('setup.tokenExplain')}</Text>
      <TextInput
        label={t('setup.token')}
        autoComplete="off"
        spellCheck={false}
        required
        {...form.getInputProps('token')}
      />
    </Stack>
  );
}

export function OrganizationStep({ form }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <TextInput label={t('fields.organizationName')} required {...form.getInputProps('organization.name')} />
      <NativeSelect
        label={t('fields.organizationKind')}
        data={[
          { value: 'school', label: t('kinds.school') },
          { value: 'community', label: t('kinds.community') },
        ]}
        required
        {...form.getInputProps('organization.kind')}
      />
      <TimeZoneSelect required {...form.getInputProps('organization.timeZone')} />
    </Stack>
  );
}

export function AdminStep({ form }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text>{t('setup.adminExplain')}</Text>
      <TextInput label={t('fields.yourName')} autoComplete="name" required {...form.getInputProps('admin.name')} />
      <TextInput
        label={t('fields.email')}
        type="email"
        autoComplete="email"
        required
        {...form.getInputProps('admin.email')}
      />
      <PasswordInput
        label={t('fields.password')}
        description={t('fields.passwordHint')}
        autoComplete="new-password"
        required
        {...form.getInputProps('admin.password')}
      />
      <PasswordInput
        label={t('fields.confirmPassword')}
        autoComplete="new-password"
        required
        {...form.getInputProps('admin.confirmPassword')}
      />
    </Stack>
  );
}

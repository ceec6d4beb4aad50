import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PasswordInput } from '../../../components/password-input.tsx';
import { isApiError } from '../../../lib/api.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { password, required, sameAs } from '../../../lib/validation.ts';
import { useChangePassword } from '../api/change-password.ts';

// better-auth's refusals carry no field name: these codes say which field they are about.
const fieldOfCode: Record<string, 'currentPassword' | 'newPassword'> = {
  INVALID_PASSWORD: 'currentPassword',
  PASSWORD_TOO_SHORT: 'newPassword',
  PASSWORD_TOO_LONG: 'newPassword',
};

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: required,
      newPassword: password,
      confirmPassword: (value, values) => sameAs(values.newPassword)(value),
    },
  });
  const submit = form.onSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          notifyDone(t('account.passwordChanged'));
          form.reset();
        },
        onError: (error) => {
          const field = isApiError(error) ? fieldOfCode[error.code] : undefined;
          if (field && isApiError(error)) form.setFieldError(field, t(`errors.${error.code}`));
        },
      },
    ),
  );
  const code = isApiError(change.error) ? change.error.code : undefined;
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={440}>
        <Text>{t('account.passwordExplain')}</Text>
        {/* Field-level refusals are shown beside the field; anything else up here. */}
        {code && !fieldOfCode[code] && <ErrorAlert error={change.error} />}
        <PasswordInput
          label={t('fields.currentPassword')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('fields.newPassword')}
          description={t('fields.passwordHint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t('fields.confirmPassword')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirmPassword')}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('account.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

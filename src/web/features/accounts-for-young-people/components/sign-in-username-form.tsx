import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PasswordInput } from '../../../components/password-input.tsx';
import { required } from '../../../lib/validation.ts';
import { useSignInUsername } from '../api/sign-in-username.ts';

/** For people whose coordinator gave them a username instead of using an email address. */
export function SignInUsernameForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const signIn = useSignInUsername();
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: { username: required, password: required },
  });
  const submit = form.onSubmit((values) =>
    signIn.mutate(
      { username: values.username.trim().toLowerCase(), password: values.password },
      { onSuccess: onSignedIn },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={signIn.error} title={t('signIn.failed')} />
        <TextInput
          label={t('youngAccounts.username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          {...form.getInputProps('username')}
        />
        <PasswordInput
          label={t('fields.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
        <AnchorLink to="/set-up-account">{t('youngAccounts.haveCode')}</AnchorLink>
      </Stack>
    </form>
  );
}

import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PasswordInput } from '../../../components/password-input.tsx';
import { email, required } from '../../../lib/validation.ts';
import { useSignInEmail } from '../api/sign-in-email.ts';

interface SignInFormProps {
  onSignedIn: () => void;
  onCodeNeeded: () => void;
}

export function SignInForm({ onSignedIn, onCodeNeeded }: SignInFormProps) {
  const { t } = useTranslation();
  const signIn = useSignInEmail();
  const form = useForm({ initialValues: { email: '', password: '' }, validate: { email, password: required } });
  const submit = form.onSubmit((values) =>
    signIn.mutate(
      { email: values.email.trim(), password: values.password },
      { onSuccess: (result) => (result.twoFactorRedirect ? onCodeNeeded() : onSignedIn()) },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={signIn.error} title={t('signIn.failed')} />
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps('email')}
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
        <AnchorLink to="/forgot-password">{t('signIn.forgot')}</AnchorLink>
      </Stack>
    </form>
  );
}

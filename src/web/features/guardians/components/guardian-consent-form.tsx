import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PasswordInput } from '../../../components/password-input.tsx';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import type { Language } from '../../../lib/i18n.ts';
import { useMe } from '../../../lib/session/get-me.ts';
import { password, required, sameAs } from '../../../lib/validation.ts';
import { useGiveGuardianConsent } from '../api/give-guardian-consent.ts';

interface Props {
  token: string;
  email: string;
  hasAccount: boolean;
  language: Language;
  onConsented: () => void;
}

/** Consent creates the guardian's account, or (for an address that has one) asks them to sign in first. */
export function GuardianConsentForm({ token, email, hasAccount, language, onConsented }: Props) {
  const { t } = useTranslation();
  const me = useMe().data;
  const consent = useGiveGuardianConsent();
  const form = useForm({
    initialValues: { name: '', password: '', confirmPassword: '' },
    validate: { name: required, password, confirmPassword: (value, values) => sameAs(values.password)(value) },
  });
  const here = `/guardian/${token}`;
  const isSignedInAsGuardian = me?.email?.toLowerCase() === email.toLowerCase();

  if (hasAccount && !isSignedInAsGuardian) {
    return (
      <Stack>
        <Title order={2}>{t('guardian.consentTitle')}</Title>
        <Text>{t('guardian.signInFirst', { email })}</Text>
        <AnchorLink to="/sign-in" search={{ next: here }}>
          {t('guardian.signInToConsent')}
        </AnchorLink>
      </Stack>
    );
  }
  if (hasAccount) {
    return (
      <Stack>
        <Title order={2}>{t('guardian.consentTitle')}</Title>
        <Text>{t('guardian.signedInAs', { email })}</Text>
        <ErrorAlert error={consent.error} />
        <Button
          loading={consent.isPending}
          onClick={() => consent.mutate({ token, language }, { onSuccess: onConsented })}
        >
          {t('guardian.consent')}
        </Button>
      </Stack>
    );
  }
  const submit = form.onSubmit(({ name, password: chosen }) =>
    consent.mutate(
      { token, language, name: name.trim(), password: chosen },
      { onSuccess: onConsented, onError: (error) => showServerFieldErrors(form, error, {}) },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2}>{t('guardian.consentTitle')}</Title>
        <Text>{t('guardian.newAccountExplain', { email })}</Text>
        <ErrorAlert error={consent.error} />
        <TextInput label={t('fields.yourName')} autoComplete="name" required {...form.getInputProps('name')} />
        <PasswordInput
          label={t('fields.password')}
          description={t('fields.passwordHint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <PasswordInput
          label={t('fields.confirmPassword')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirmPassword')}
        />
        <Button type="submit" loading={consent.isPending}>
          {t('guardian.consent')}
        </Button>
      </Stack>
    </form>
  );
}

import { Button, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PasswordInput } from '../../../components/password-input.tsx';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { currentLanguage, type Language, languageNames, languages, setLanguage } from '../../../lib/i18n.ts';
import { password, required, sameAs } from '../../../lib/validation.ts';
import { useAcceptInvitation } from '../api/accept-invitation.ts';

/** No account yet for the address: choose a name, a password and a language, and accept. */
export function NewAccountForm({ token, onAccepted }: { token: string; onAccepted: () => void }) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  const form = useForm({
    initialValues: { name: '', password: '', confirmPassword: '', locale: currentLanguage() as Language },
    validate: { name: required, password, confirmPassword: (value, values) => sameAs(values.password)(value) },
  });
  const submit = form.onSubmit(({ confirmPassword: _, ...account }) =>
    accept.mutate(
      { token, account: { ...account, name: account.name.trim() } },
      {
        onSuccess: async () => {
          await setLanguage(account.locale);
          onAccepted();
        },
        onError: (error) =>
          showServerFieldErrors(form, error, { 'account.name': 'name', 'account.password': 'password' }),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{t('invitation.newAccountExplain')}</Text>
        <ErrorAlert error={accept.error} />
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
        <NativeSelect
          label={t('fields.language')}
          data={languages.map((language) => ({ value: language, label: languageNames[language] }))}
          {...form.getInputProps('locale')}
        />
        <Button type="submit" loading={accept.isPending}>
          {t('invitation.accept')}
        </Button>
      </Stack>
    </form>
  );
}

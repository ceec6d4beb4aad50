import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { i18n, type Language, languageNames, languages, setLanguage } from '../../../lib/i18n.ts';
import { notifyDone } from '../../../lib/notify.ts';
import type { Me } from '../../../lib/session/get-me.ts';
import { useUpdateMe } from '../../../lib/session/update-me.ts';
import { required } from '../../../lib/validation.ts';

/** Name and language. The language applies at once (the root layout follows the account's). */
export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const form = useForm({
    initialValues: { name: me.name, locale: me.locale as Language },
    validate: { name: required },
  });
  // The header's language switch saves the account's language too: follow it here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new saved language should reset the field.
  useEffect(() => form.setFieldValue('locale', me.locale), [me.locale]);
  const submit = form.onSubmit((values) =>
    update.mutate(
      { name: values.name.trim(), locale: values.locale },
      {
        onSuccess: async (saved) => {
          form.setValues({ name: saved.name, locale: saved.locale });
          form.resetDirty();
          // Switch first, so the confirmation is already in the language just chosen.
          await setLanguage(saved.locale);
          notifyDone(i18n.t('account.profileSaved'));
        },
        onError: (error) => showServerFieldErrors(form, error),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={440}>
        <ErrorAlert error={update.error} />
        <TextInput label={t('fields.yourName')} autoComplete="name" required {...form.getInputProps('name')} />
        <NativeSelect
          label={t('fields.yourLanguage')}
          description={t('account.languageHint')}
          data={languages.map((language) => ({ value: language, label: languageNames[language] }))}
          {...form.getInputProps('locale')}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('account.saveProfile')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

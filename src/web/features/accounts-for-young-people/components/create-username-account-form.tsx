import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { currentLanguage, type Language, languageNames, languages } from '../../../lib/i18n.ts';
import { required } from '../../../lib/validation.ts';
import { type UsernameAccount, useCreateUsernameAccount } from '../api/create-username-account.ts';
import { HandoverCard } from './handover-card.tsx';

const roles = ['mentee', 'mentor'] as const;
const USERNAME = /^[a-z0-9._-]{3,32}$/;

interface CreateUsernameAccountFormProps {
  programId: string;
  /** Given, the page shows the handover card itself (one card on a page, so printing shows one). */
  onCreated?: (account: UsernameAccount) => void;
}

/** Program staff create an account for a young person without email and get a one-time setup code. */
export function CreateUsernameAccountForm({ programId, onCreated }: CreateUsernameAccountFormProps) {
  const { t } = useTranslation();
  const create = useCreateUsernameAccount();
  const [created, setCreated] = useState<UsernameAccount | null>(null);
  const form = useForm({
    initialValues: {
      username: '',
      name: '',
      role: 'mentee' as (typeof roles)[number],
      locale: currentLanguage() as Language,
    },
    validate: {
      name: required,
      username: (value: string) => (USERNAME.test(value.trim().toLowerCase()) ? null : t('youngAccounts.usernameRule')),
    },
  });
  const submit = form.onSubmit((values) =>
    create.mutate(
      { programId, ...values, username: values.username.trim().toLowerCase(), name: values.name.trim() },
      {
        onSuccess: (account) => {
          if (onCreated) onCreated(account);
          else setCreated(account);
          form.reset();
        },
        onError: (error) => showServerFieldErrors(form, error),
      },
    ),
  );
  return (
    <Stack maw={720}>
      <Text>{t('youngAccounts.intro')}</Text>
      {created && (
        <HandoverCard
          name={created.name}
          username={created.username}
          code={created.setupCode.code}
          expiresAt={created.setupCode.expiresAt}
        />
      )}
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={create.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.name')} required autoComplete="off" {...form.getInputProps('name')} />
            <TextInput
              label={t('youngAccounts.username')}
              description={t('youngAccounts.usernameRule')}
              required
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              {...form.getInputProps('username')}
            />
            <NativeSelect
              label={t('fields.role')}
              data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
              {...form.getInputProps('role')}
            />
            <NativeSelect
              label={t('fields.language')}
              data={languages.map((language) => ({ value: language, label: languageNames[language] }))}
              {...form.getInputProps('locale')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('youngAccounts.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

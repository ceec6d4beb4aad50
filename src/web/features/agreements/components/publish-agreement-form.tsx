import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { focusFirstError } from '../../../lib/focus-first-error.ts';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { i18n, type Language, languageNames, languages } from '../../../lib/i18n.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { MarkdownEditor } from '../../training/components/markdown-editor.tsx';
import { type AgreementTexts, usePublishAgreementVersion } from '../api/publish-agreement-version.ts';

// The server's rule (agreements/routes.ts): each text given is 50 to 50,000 characters, trimmed.
const MIN = 50;
const MAX = 50_000;

const textRule = (value: string, values: { texts: Record<Language, string> }) => {
  const length = value.trim().length;
  if (length === 0) {
    return languages.some((l) => values.texts[l].trim()) ? null : i18n.t('agreementEditor.oneLanguage');
  }
  if (length < MIN) return i18n.t('validation.minLength', { min: MIN });
  return length > MAX ? i18n.t('agreementEditor.tooLong', { max: MAX }) : null;
};

interface PublishAgreementFormProps {
  programId: string;
  /** The number the new version will get. */
  nextVersion: number;
  /** The current version's text per language, to start from. */
  initialTexts: Record<Language, string>;
}

/**
 * A new version of the agreement, in Markdown, in one language or both. Publishing it asks every
 * participant to read and acknowledge it again, and the form says so before the button.
 */
export function PublishAgreementForm({ programId, nextVersion, initialTexts }: PublishAgreementFormProps) {
  const { t } = useTranslation();
  const publish = usePublishAgreementVersion(programId);
  const form = useForm({
    initialValues: { texts: initialTexts },
    validate: { texts: { en: textRule, es: textRule } },
  });
  const submit = form.onSubmit(
    ({ texts }) => {
      const given: AgreementTexts = {};
      for (const language of languages) if (texts[language].trim()) given[language] = texts[language].trim();
      publish.mutate(given, {
        onSuccess: (published) => notifyDone(t('agreementEditor.published', { version: published.version })),
        onError: (error) => showServerFieldErrors(form, error),
      });
    },
    (errors) => focusFirstError(form, errors),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('agreementEditor.publishTitle')}>
      <Stack maw={860}>
        <ErrorAlert error={publish.error} />
        {languages.map((language) => (
          <MarkdownEditor
            key={language}
            label={t('agreementEditor.textIn', { language: languageNames[language] })}
            description={t('agreementEditor.textHint', { min: MIN })}
            lang={language}
            inputProps={form.getInputProps(`texts.${language}`)}
          />
        ))}
        <Alert color="blue" variant="light" title={t('agreementEditor.everyoneAgainTitle')}>
          {t('agreementEditor.everyoneAgain', { version: nextVersion })}
        </Alert>
        <Group>
          <Button type="submit" loading={publish.isPending}>
            {t('agreementEditor.publish', { version: nextVersion })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

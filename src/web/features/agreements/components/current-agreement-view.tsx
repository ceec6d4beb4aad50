import { NativeSelect, Spoiler, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryContent } from '../../../components/query-content.tsx';
import { isApiError } from '../../../lib/api.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { currentLanguage, isLanguage, type Language, languageNames, languages } from '../../../lib/i18n.ts';
import { MarkdownLesson } from '../../training/components/markdown-lesson.tsx';
import { useCurrentAgreement } from '../api/get-current-agreement.ts';

const nameOf = (language: string) => (isLanguage(language) ? languageNames[language] : language);

/** The version participants are asked to acknowledge now: its number, languages and text. */
export function CurrentAgreementView({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const agreement = useCurrentAgreement(programId, language);
  if (isApiError(agreement.error, 'AGREEMENT_NOT_FOUND')) return <Text>{t('agreementEditor.noneYet')}</Text>;
  return (
    <QueryContent query={agreement}>
      {(a) => (
        <Stack>
          <Text fw={500}>{t('agreement.versionOf', { version: a.version, at: formatDateTime(a.publishedAt) })}</Text>
          <Text>{t('agreementEditor.publishedIn', { languages: a.languages.map(nameOf).join(', ') })}</Text>
          <NativeSelect
            label={t('agreement.readIn')}
            maw={240}
            value={language}
            data={languages.map((l) => ({ value: l, label: languageNames[l] }))}
            onChange={(event) => setLanguage(event.currentTarget.value as Language)}
          />
          {a.language !== language && (
            <Text size="sm">{t('agreement.notInLanguage', { language: languageNames[language] })}</Text>
          )}
          {/* Folded, so the form for the next version is not pages further down. */}
          <Spoiler
            key={a.language}
            maxHeight={320}
            showLabel={t('agreementEditor.showAll')}
            hideLabel={t('agreementEditor.fold')}
          >
            <div lang={a.language}>
              <MarkdownLesson body={a.body} />
            </div>
          </Spoiler>
        </Stack>
      )}
    </QueryContent>
  );
}

import { Alert, NativeSelect, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { currentLanguage, type Language, languageNames, languages } from '../../../lib/i18n.ts';
import { useParticipant } from '../../participants/api/get-participant.ts';
import { MarkdownLesson } from '../../training/components/markdown-lesson.tsx';
import { useAgreementStatus } from '../api/get-agreement-status.ts';
import { useCurrentAgreement } from '../api/get-current-agreement.ts';
import { AcknowledgeAgreementForm } from '../components/acknowledge-agreement-form.tsx';

const route = getRouteApi('/_app/participants/$participantId/agreement');

/** The program's confidentiality agreement: read it in a chosen language and acknowledge that version. */
export function AgreementPage() {
  const { t } = useTranslation();
  const { participantId } = route.useParams();
  const participant = useParticipant(participantId);
  const status = useAgreementStatus(participantId);
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const agreement = useCurrentAgreement(participant.data?.programId ?? '', language);
  return (
    <Page title={t('agreement.title')} intro={<Text>{t('agreement.intro')}</Text>}>
      <QueryContent query={status}>
        {(s) =>
          s.hasAcknowledgedCurrent ? (
            <Alert variant="light" color="trellis" title={t('agreement.upToDate', { version: s.currentVersion })} />
          ) : s.acknowledgements.length > 0 ? (
            <Alert variant="light" color="blue" title={t('agreement.newVersion', { version: s.currentVersion })} />
          ) : null
        }
      </QueryContent>
      <Section title={t('agreement.textTitle')}>
        <NativeSelect
          label={t('agreement.readIn')}
          maw={240}
          value={language}
          data={languages.map((l) => ({ value: l, label: languageNames[l] }))}
          onChange={(event) => setLanguage(event.currentTarget.value as Language)}
        />
        {participant.isError ? (
          <QueryContent query={participant}>{() => null}</QueryContent>
        ) : (
          <QueryContent query={agreement}>
            {(a) => (
              <>
                <Text size="sm" c="dimmed">
                  {t('agreement.versionOf', { version: a.version, at: formatDateTime(a.publishedAt) })}
                </Text>
                {a.language !== language && (
                  <Text size="sm">{t('agreement.notInLanguage', { language: languageNames[language] })}</Text>
                )}
                <div lang={a.language}>
                  <MarkdownLesson body={a.body} />
                </div>
                <QueryContent query={status}>
                  {(s) =>
                    s.hasAcknowledgedCurrent ? null : (
                      <AcknowledgeAgreementForm key={a.version} participantId={participantId} agreement={a} />
                    )
                  }
                </QueryContent>
              </>
            )}
          </QueryContent>
        )}
      </Section>
    </Page>
  );
}

import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryContent } from '../../../components/query-content.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { languageNames } from '../../../lib/i18n.ts';
import { useAgreementStatus } from '../api/get-agreement-status.ts';

/** Whether the current version is acknowledged, and every acknowledgement given so far. */
export function AgreementStatusSummary({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const status = useAgreementStatus(participantId);
  return (
    <QueryContent query={status}>
      {(data) => (
        <Stack gap="xs">
          <Text>
            <StatusBadge tone={data.hasAcknowledgedCurrent ? 'good' : 'bad'}>
              {data.hasAcknowledgedCurrent ? t('agreement.acknowledged') : t('agreement.notAcknowledged')}
            </StatusBadge>{' '}
            {data.currentVersion !== null && t('agreement.currentVersion', { version: data.currentVersion })}
          </Text>
          {data.acknowledgements.length > 0 && (
            <List size="sm">
              {data.acknowledgements.map((a) => (
                <List.Item key={a.id}>
                  {t('agreement.acknowledgedOn', {
                    version: a.version,
                    language: languageNames[a.language as keyof typeof languageNames] ?? a.language,
                    at: formatDateTime(a.acknowledgedAt),
                  })}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </QueryContent>
  );
}

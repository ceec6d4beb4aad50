import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { useScreeningChecks } from '../api/list-screening-checks.ts';
import { RecordScreeningForm } from './record-screening-form.tsx';
import { ScreeningChecksTable } from './screening-checks-table.tsx';

/** A mentor's screening for program staff: whether it is valid, what runs out, and a new check. */
export function ScreeningSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const screening = useScreeningChecks(participantId);
  const kinds = (list: string[]) => list.map((k) => t(`screening.kinds.${k}`)).join(', ');
  return (
    <Section title={t('screening.title')}>
      <QueryContent query={screening}>
        {(data) => (
          <Stack>
            {data.expired.length > 0 && (
              <Alert color="red" variant="light" title={t('screening.expiredTitle')}>
                {kinds(data.expired)}
              </Alert>
            )}
            {data.expiringSoon.length > 0 && (
              <Alert color="blue" variant="light" title={t('screening.expiringTitle')}>
                {kinds(data.expiringSoon)}
              </Alert>
            )}
            <ScreeningChecksTable checks={data.checks} />
          </Stack>
        )}
      </QueryContent>
      <Stack gap="sm">
        <Title order={3}>{t('screening.recordTitle')}</Title>
        <RecordScreeningForm participantId={participantId} />
      </Stack>
    </Section>
  );
}

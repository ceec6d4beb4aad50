import { Alert, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import type { ImportSummary } from '../api/import-participants.ts';
import { ImportProblemsTable } from './import-problems-table.tsx';

/**
 * How the import ended: the summary line (the CLI's, in the reader's language), who was emailed,
 * and where to go next. It takes the focus, because the buttons that started the import are gone.
 */
export function ImportResult({ summary, programId }: { summary: ImportSummary; programId: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  if (!summary.written) {
    return (
      <Stack ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
        <Alert color="red" variant="light" title={t('participantImport.notWrittenTitle')}>
          {t('participantImport.notWritten')}
        </Alert>
        <ImportProblemsTable problems={summary.errors} />
      </Stack>
    );
  }
  return (
    <Stack ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
      <Alert color="trellis" variant="light" title={t('participantImport.doneTitle')}>
        <Text>{t('participantImport.summaryLine', summary.counts)}</Text>
        <Text>{t('participantImport.invited', { n: summary.invited })}</Text>
      </Alert>
      <AnchorLink to="/programs/$programId/participants" params={{ programId }}>
        {t('participantImport.toParticipants')}
      </AnchorLink>
      <AnchorLink to="/programs/$programId/username-accounts" params={{ programId }}>
        {t('participantImport.toSetupCodes')}
      </AnchorLink>
    </Stack>
  );
}

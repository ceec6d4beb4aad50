import { Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import type { ImportSummary } from '../api/import-participants.ts';
import type { ImportPreview } from '../api/preview-participant-import.ts';
import { ImportCounts } from './import-counts.tsx';
import { ImportProblemsTable } from './import-problems-table.tsx';
import { ImportResult } from './import-result.tsx';
import { PlannedRowsTable } from './planned-rows-table.tsx';

interface ImportPreviewViewProps {
  preview: ImportPreview;
  programId: string;
  /** Rows written so far, once the import has started. */
  progress: { done: number; total: number } | null;
  run: { isPending: boolean; data: ImportSummary | undefined; error: unknown };
  onImport: (validOnly: boolean) => void;
}

/**
 * What the checked file would do (counts, problems, first rows) and the import itself: "Import"
 * only for a file without problems, otherwise the choice to import the valid rows alone.
 */
export function ImportPreviewView({ preview, programId, progress, run, onImport }: ImportPreviewViewProps) {
  const { t } = useTranslation();
  const hasProblems = preview.errors.length > 0;
  const canImportValid = hasProblems && preview.validRows > 0;
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <>
      <ImportCounts preview={preview} />
      {hasProblems && (
        <Stack gap="xs">
          <Title order={3}>{t('participantImport.problemsTitle')}</Title>
          <Text>{t(canImportValid ? 'participantImport.problemsExplain' : 'participantImport.nothingValid')}</Text>
          <ImportProblemsTable problems={preview.errors} />
        </Stack>
      )}
      {preview.rows.length > 0 && (
        <Stack gap="xs">
          <Title order={3}>{t('participantImport.rowsTitle')}</Title>
          <PlannedRowsTable rows={preview.rows} validRows={preview.validRows} />
        </Stack>
      )}
      {!run.data && preview.validRows > 0 && (
        <Group>
          <Button onClick={() => onImport(false)} disabled={hasProblems} loading={run.isPending && !hasProblems}>
            {t('participantImport.import')}
          </Button>
          {canImportValid && (
            <Button variant="light" onClick={() => onImport(true)} loading={run.isPending}>
              {t('participantImport.importValid', { valid: preview.validRows, rejected: preview.rejected })}
            </Button>
          )}
        </Group>
      )}
      {(run.isPending || progress) && (
        <Progress value={percent} aria-label={t('participantImport.progressLabel')} size="lg" maw={480} />
      )}
      {/* Always in the page, so that screen readers hear each change of it. */}
      <Text role="status">
        {progress && t('participantImport.progress', { done: progress.done, total: progress.total })}
      </Text>
      <ErrorAlert error={run.error} />
      {run.data && <ImportResult summary={run.data} programId={programId} />}
    </>
  );
}

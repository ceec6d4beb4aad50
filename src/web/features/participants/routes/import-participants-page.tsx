import { Anchor, FileInput, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { Section } from '../../../components/section.tsx';
import { useProgram } from '../../organizations/api/get-program.ts';
import { useImportParticipants } from '../api/import-participants.ts';
import { useProgramExperiences } from '../api/list-program-experiences.ts';
import { usePreviewParticipantImport } from '../api/preview-participant-import.ts';
import { ImportColumnsTable } from '../components/import-columns-table.tsx';
import { ImportPreviewView } from '../components/import-preview-view.tsx';
import { importTemplateHref } from '../lib/import-template.ts';

const route = getRouteApi('/_app/programs/$programId/import');

/** The server refuses a larger body (a 10,000-row file is 1–2 MB); saying so here saves the upload. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

// Fatal, so a file saved in a spreadsheet's legacy encoding is refused rather than imported with
// its accented letters replaced by "�". A byte-order mark is dropped.
const readUtf8 = async (file: File) => new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());

/**
 * A coordinator imports participants from a CSV: the columns explained with a template, the file
 * checked against the program (nothing written), then imported with live progress.
 */
export function ImportParticipantsPage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const program = useProgram(programId);
  const experiences = useProgramExperiences(programId);
  const preview = usePreviewParticipantImport();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const run = useImportParticipants((done, total) => setProgress({ done, total }));
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const name = program.data?.name ?? '';
  const labels = experiences.data?.filter((e) => e.archivedAt === null).map((e) => e.label);

  async function choose(chosen: File | null) {
    setFile(chosen);
    setCsv(null);
    setFileProblem(null);
    setProgress(null);
    preview.reset();
    run.reset();
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) return setFileProblem(t('participantImport.tooLarge'));
    let text: string;
    try {
      text = await readUtf8(chosen);
    } catch {
      return setFileProblem(t('participantImport.notUtf8'));
    }
    setCsv(text);
    preview.mutate({ programId, csv: text });
  }

  const startImport = (validOnly: boolean) => {
    if (csv === null) return;
    setProgress(null);
    run.mutate({ programId, csv, validOnly });
  };

  return (
    <Page
      title={t('participantImport.title', { program: name })}
      intro={
        <AnchorLink to="/programs/$programId/participants" params={{ programId }}>
          {t('participantImport.backToParticipants', { program: name })}
        </AnchorLink>
      }
    >
      <Section title={t('participantImport.columnsTitle')}>
        <Text>{t('participantImport.intro')}</Text>
        <Text>{t('participantImport.accounts')}</Text>
        <Text>{t('participantImport.idempotent')}</Text>
        <Anchor href={importTemplateHref()} download="participants-template.csv">
          {t('participantImport.template')}
        </Anchor>
        <ImportColumnsTable experienceLabels={labels} />
      </Section>
      <Section title={t('participantImport.fileTitle')}>
        <Text>{t('participantImport.fileExplain')}</Text>
        <FileInput
          label={t('participantImport.file')}
          description={t('participantImport.fileHint')}
          placeholder={t('participantImport.filePlaceholder')}
          accept=".csv,text/csv"
          clearable
          clearButtonProps={{ 'aria-label': t('participantImport.removeFile') }}
          value={file}
          onChange={(chosen) => void choose(chosen)}
          error={fileProblem}
          disabled={run.isPending}
          maw={480}
        />
        <Text role="status">
          {preview.isPending && t('participantImport.checking')}
          {preview.data &&
            t('participantImport.checked', { valid: preview.data.validRows, rejected: preview.data.rejected })}
        </Text>
        <ErrorAlert error={preview.error} />
      </Section>
      {preview.data && (
        <Section title={t('participantImport.previewTitle')}>
          <ImportPreviewView
            preview={preview.data}
            programId={programId}
            progress={progress}
            run={run}
            onImport={startImport}
          />
        </Section>
      )}
    </Page>
  );
}

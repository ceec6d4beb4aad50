import { Button, Group, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { useProgram } from '../../organizations/api/get-program.ts';
import { useMatchingCandidates } from '../api/get-matching-candidates.ts';
import { useMatchingRun } from '../api/get-matching-run.ts';
import { useMatchingSettings } from '../api/get-matching-settings.ts';
import { useMatchingRuns } from '../api/list-matching-runs.ts';
import { EligibilitySummary } from '../components/eligibility-summary.tsx';
import { MatchingSettingsForm } from '../components/matching-settings-form.tsx';
import { RunErrorAlert } from '../components/run-error-alert.tsx';
import { RunProgressView } from '../components/run-progress.tsx';
import { RunProposal } from '../components/run-proposal.tsx';
import { RunsTable } from '../components/runs-table.tsx';
import { useMatchingRunner } from '../components/use-matching-runner.ts';

const route = getRouteApi('/_app/programs/$programId/matching');

/**
 * Cohort matching for program staff: the settings, who can be matched now, a run with live
 * progress, the proposal of the run opened (the newest unless one is chosen), and earlier runs.
 */
export function MatchingPage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const search = route.useSearch();
  const program = useProgram(programId);
  const settings = useMatchingSettings(programId);
  const candidates = useMatchingCandidates(programId);
  const runs = useMatchingRuns(programId);
  const [hasUnsavedSettings, setHasUnsavedSettings] = useState(false);
  const [justMadeRunId, setJustMadeRunId] = useState<string | null>(null);
  const onRunMade = (run: { id: string }) => setJustMadeRunId(run.id);
  const fresh = useMatchingRunner(programId, onRunMade);
  const rerun = useMatchingRunner(programId, onRunMade);
  const openRunId = search.run ?? runs.data?.[0]?.id ?? null;
  const run = useMatchingRun(openRunId);
  const onDirtyChange = useCallback((isDirty: boolean) => setHasUnsavedSettings(isDirty), []);
  const name = program.data?.name ?? '';
  const people = [...(candidates.data?.mentees ?? []), ...(candidates.data?.mentors ?? [])];
  const nameOf = (id: string) => people.find((p) => p.participantId === id)?.name ?? t('matching.someone');
  const isRunning = fresh.isRunning || rerun.isRunning;

  return (
    <Page
      title={t('matching.title', { program: name })}
      intro={
        <Group gap="lg">
          <AnchorLink to="/programs/$programId" params={{ programId }}>
            {t('participants.backToProgram', { program: name })}
          </AnchorLink>
          <AnchorLink to="/programs/$programId/matches" params={{ programId }}>
            {t('matching.toMatches')}
          </AnchorLink>
        </Group>
      }
    >
      <Section title={t('matching.settings.title')}>
        <Text>{t('matching.settings.intro')}</Text>
        <QueryContent query={settings}>
          {(data) => <MatchingSettingsForm programId={programId} settings={data} onDirtyChange={onDirtyChange} />}
        </QueryContent>
      </Section>
      <Section title={t('matching.run.title')}>
        <QueryContent query={candidates}>
          {(data) => (
            <Stack gap="sm">
              <EligibilitySummary candidates={data} />
              <Text size="sm">{t('matching.run.explain')}</Text>
              {hasUnsavedSettings && (
                <Text size="sm" fw={500}>
                  {t('matching.run.unsavedSettings')}
                </Text>
              )}
              <RunErrorAlert error={fresh.error} pins={[]} nameOf={nameOf} />
              <Group>
                <Button
                  onClick={() => fresh.start()}
                  loading={fresh.isRunning}
                  disabled={isRunning || data.mentees.length === 0 || data.mentors.length === 0}
                >
                  {t('matching.run.button')}
                </Button>
              </Group>
              <RunProgressView progress={fresh.progress} isRunning={fresh.isRunning} />
            </Stack>
          )}
        </QueryContent>
      </Section>
      {openRunId && (
        <QueryContent query={run}>
          {(data) => (
            <RunProposal key={data.id} run={data} people={people} autoFocus={data.id === justMadeRunId} rerun={rerun} />
          )}
        </QueryContent>
      )}
      <Section title={t('matching.runs.title')}>
        <QueryContent query={runs}>
          {(list) => <RunsTable programId={programId} runs={list} openRunId={openRunId} />}
        </QueryContent>
      </Section>
    </Page>
  );
}

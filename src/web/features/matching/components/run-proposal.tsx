import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useMatchingRun } from '../api/get-matching-run.ts';
import type { RunProgress, StartRunInput } from '../api/start-matching-run.ts';
import type { MatchingRun, Pair, Person } from '../api/types.ts';
import { togglePair } from '../lib/compare-runs.ts';
import { ApproveRun } from './approve-run.tsx';
import { NextRunAdjustments } from './next-run-adjustments.tsx';
import { ProposedPairsTable } from './proposed-pairs-table.tsx';
import { RunComparison } from './run-comparison.tsx';
import { RunErrorAlert } from './run-error-alert.tsx';
import { RunFigures } from './run-figures.tsx';
import { RunProgressView } from './run-progress.tsx';
import { UnmatchedList } from './unmatched-list.tsx';

interface RunProposalProps {
  run: MatchingRun;
  /** People the page knows besides this run's (the eligible now), to name pins and forbids. */
  people: Person[];
  /** Focus the heading on arrival: the run was just made and the button that made it may be gone. */
  autoFocus: boolean;
  rerun: {
    start: (input: Omit<StartRunInput, 'programId'>) => void;
    isRunning: boolean;
    progress: RunProgress | null;
    error: unknown;
    /** The pins of the re-run that failed, to name the refused one. */
    failedPins: Pair[];
  };
}

/**
 * One run's proposal: its figures (beside the previous run's), the pairs with pin and forbid, the
 * unmatched with reasons, a re-run with those pins and forbids, the changes since the previous
 * run, and approval.
 */
export function RunProposal({ run, people, autoFocus, rerun }: RunProposalProps) {
  const { t } = useTranslation();
  const [pins, setPins] = useState<Pair[]>(run.pins);
  const [forbids, setForbids] = useState<Pair[]>(run.forbids);
  const previous = useMatchingRun(run.previousRunId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);

  const names = new Map<string, string>(people.map((p) => [p.participantId, p.name]));
  for (const p of run.pairs) {
    names.set(p.mentee.participantId, p.mentee.name);
    names.set(p.mentor.participantId, p.mentor.name);
  }
  for (const u of run.unmatched) names.set(u.mentee.participantId, u.mentee.name);
  const nameOf = (id: string) => names.get(id) ?? t('matching.someone');

  // A pair is pinned or forbidden, never both.
  const pin = (pair: Pair, isOn: boolean) => {
    setPins((list) => togglePair(list, pair, isOn));
    if (isOn) setForbids((list) => togglePair(list, pair, false));
  };
  const forbid = (pair: Pair, isOn: boolean) => {
    setForbids((list) => togglePair(list, pair, isOn));
    if (isOn) setPins((list) => togglePair(list, pair, false));
  };
  const when = formatDateTime(run.startedAt);

  return (
    <>
      <Paper component="section" aria-labelledby="proposal-heading" withBorder p="lg">
        <Stack>
          <Title order={2} id="proposal-heading" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
            {t('matching.proposal.title', { when })}
          </Title>
          <Group gap="sm">
            <Text>{t('matching.proposal.startedBy', { name: run.startedBy.name })}</Text>
            <StatusBadge tone={run.approvedAt ? 'good' : 'neutral'}>
              {run.approvedAt
                ? t('matching.runs.approvedOn', { when: formatDateTime(run.approvedAt) })
                : t('matching.runs.notApproved')}
            </StatusBadge>
          </Group>
          {run.menteeIds && <Text>{t('matching.proposal.limited', { count: run.menteeIds.length })}</Text>}
          <Title order={3}>{t('matching.figures.title')}</Title>
          <RunFigures figures={run.figures} previous={previous.data?.figures ?? null} />
        </Stack>
      </Paper>
      <Section title={t('matching.pairs.title')}>
        <Text>{t('matching.pairs.explain')}</Text>
        <ProposedPairsTable
          pairs={run.pairs}
          pins={pins}
          forbids={forbids}
          onPin={pin}
          onForbid={forbid}
          caption={t('matching.pairs.caption', { count: run.pairs.length })}
        />
      </Section>
      <Section title={t('matching.unmatched.title')}>
        <UnmatchedList unmatched={run.unmatched} />
      </Section>
      <Section title={t('matching.adjust.title')}>
        <Text>{t('matching.adjust.explain')}</Text>
        <NextRunAdjustments
          pins={pins}
          forbids={forbids}
          nameOf={nameOf}
          onRemovePin={(pair) => pin(pair, false)}
          onRemoveForbid={(pair) => forbid(pair, false)}
        />
        <RunErrorAlert error={rerun.error} pins={rerun.failedPins} nameOf={nameOf} />
        <Group>
          <Button
            variant="default"
            loading={rerun.isRunning}
            onClick={() => rerun.start({ pins, forbids, menteeIds: run.menteeIds ?? undefined })}
          >
            {t('matching.adjust.rerun')}
          </Button>
        </Group>
        <RunProgressView progress={rerun.progress} isRunning={rerun.isRunning} />
      </Section>
      {run.previousRunId && (
        <Section title={t('matching.compare.title')}>
          <QueryContent query={previous}>
            {(earlier) => (
              <>
                <Text size="sm">{t('matching.compare.against', { when: formatDateTime(earlier.startedAt) })}</Text>
                <RunComparison current={run.pairs} previous={earlier.pairs} />
              </>
            )}
          </QueryContent>
        </Section>
      )}
      <Section title={t('matching.approve.title')}>
        <Text>{t(run.approvedAt ? 'matching.approve.already' : 'matching.approve.intro')}</Text>
        <ApproveRun run={run} />
      </Section>
    </>
  );
}

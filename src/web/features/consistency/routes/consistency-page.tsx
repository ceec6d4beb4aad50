import { Group, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { useLiveUpdates } from '../../../lib/use-live-updates.ts';
import { useProgram } from '../../organizations/api/get-program.ts';
import { useProgramConsistency } from '../api/get-program-consistency.ts';
import type { MatchConsistency } from '../api/types.ts';
import { AdherenceChart } from '../components/adherence-chart.tsx';
import { ConsistencySummary, useConsistencySummary } from '../components/consistency-summary.tsx';
import { ConsistencyTable } from '../components/consistency-table.tsx';

const route = getRouteApi('/_app/programs/$programId/consistency');

function Figures({ rows }: { rows: MatchConsistency[] }) {
  const { t } = useTranslation();
  const summary = useConsistencySummary(rows);
  if (rows.length === 0) return <Text>{t('consistency.noMatches')}</Text>;
  return (
    <>
      <Section title={t('consistency.summaryTitle')}>
        <ConsistencySummary summary={summary} />
        <AdherenceChart rows={rows} summary={`${summary.overall} ${summary.below}`} />
      </Section>
      <Section title={t('consistency.tableTitle')}>
        <Text size="sm">{t('consistency.tableExplain')}</Text>
        <ConsistencyTable rows={rows} />
      </Section>
    </>
  );
}

/** How well each pair of a program follows through, for its staff: counts only, never content. */
export function ConsistencyPage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const program = useProgram(programId);
  const figures = useProgramConsistency(programId);
  // Any match of theirs changing (a meeting confirmed, a commitment kept) refreshes the figures.
  useLiveUpdates();
  const name = program.data?.name ?? '';
  return (
    <Page
      title={t('consistency.title', { program: name })}
      intro={
        <>
          <Text>{t('consistency.intro')}</Text>
          <Group gap="lg">
            <AnchorLink to="/programs/$programId" params={{ programId }}>
              {t('participants.backToProgram', { program: name })}
            </AnchorLink>
            <AnchorLink to="/programs/$programId/calendar" params={{ programId }}>
              {t('programCalendar.link')}
            </AnchorLink>
          </Group>
        </>
      }
    >
      <QueryContent query={figures}>{(rows) => <Figures rows={rows} />}</QueryContent>
    </Page>
  );
}

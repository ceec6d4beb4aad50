import { Button, Group, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useLiveUpdates } from '../../../lib/use-live-updates.ts';
import { useProgram } from '../../organizations/api/get-program.ts';
import { useProgramMeetings } from '../api/list-program-meetings.ts';
import { MeetingsAgenda } from '../components/meetings-agenda.tsx';
import { monthOf, monthRange, shiftMonth } from '../lib/month-range.ts';

const route = getRouteApi('/_app/programs/$programId/calendar');

/** A program's meetings a month at a time, week by week, for its staff. */
export function ProgramCalendarPage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const month = route.useSearch().month ?? monthOf(new Date());
  const navigate = useNavigate();
  const program = useProgram(programId);
  const { from, to } = monthRange(month);
  const meetings = useProgramMeetings(programId, from, to);
  useLiveUpdates();
  const name = program.data?.name ?? '';
  const [year, index] = month.split('-').map(Number) as [number, number];
  const monthName = new Intl.DateTimeFormat(currentLanguage(), { month: 'long', year: 'numeric' }).format(
    new Date(year, index - 1, 1),
  );
  const goTo = (target: string) =>
    void navigate({ to: '/programs/$programId/calendar', params: { programId }, search: { month: target } });
  return (
    <Page
      title={t('programCalendar.title', { program: name })}
      intro={
        <>
          <Text>{t('programCalendar.intro')}</Text>
          <Group gap="lg">
            <AnchorLink to="/programs/$programId" params={{ programId }}>
              {t('participants.backToProgram', { program: name })}
            </AnchorLink>
            <AnchorLink to="/programs/$programId/consistency" params={{ programId }}>
              {t('consistency.link')}
            </AnchorLink>
          </Group>
        </>
      }
    >
      <Section title={monthName}>
        <nav aria-label={t('programCalendar.monthNav')}>
          <Group gap="sm">
            <Button variant="default" size="xs" onClick={() => goTo(shiftMonth(month, -1))}>
              {t('programCalendar.previous')}
            </Button>
            <Button variant="default" size="xs" onClick={() => goTo(monthOf(new Date()))}>
              {t('programCalendar.thisMonth')}
            </Button>
            <Button variant="default" size="xs" onClick={() => goTo(shiftMonth(month, 1))}>
              {t('programCalendar.next')}
            </Button>
          </Group>
        </nav>
        <QueryContent query={meetings}>
          {(list) => (
            <>
              <Text role="status">{t('programCalendar.showing', { count: list.length, month: monthName })}</Text>
              <MeetingsAgenda meetings={list} />
            </>
          )}
        </QueryContent>
      </Section>
    </Page>
  );
}

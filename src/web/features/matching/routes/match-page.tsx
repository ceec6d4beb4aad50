import { Alert, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useAcceptMatch } from '../api/accept-match.ts';
import { useMatch } from '../api/get-match.ts';
import { isMyMatch, type Match, type MyMatch } from '../api/types.ts';
import { DeclineMatchForm } from '../components/decline-match-form.tsx';
import { MatchAgreementForm } from '../components/match-agreement-form.tsx';
import { MatchStanding } from '../components/match-standing.tsx';
import { ReasonList } from '../components/reason-list.tsx';

const route = getRouteApi('/_app/matches/$matchId');

/** A match as one of the pair sees it: who, what they share, and while proposed, accepting or declining it. */
function MyMatchView({ match }: { match: MyMatch }) {
  const { t } = useTranslation();
  const accept = useAcceptMatch(match.id);
  const other = match.myRole === 'mentee' ? match.mentor : match.mentee;
  const myAcceptedAt = match.myRole === 'mentee' ? match.menteeAcceptedAt : match.mentorAcceptedAt;
  const mustAnswer = match.status === 'proposed' && match.waitingFor.includes(match.myRole);
  return (
    <>
      <Section title={t('match.standingTitle')}>
        <MatchStanding match={match} myRole={match.myRole} />
        {match.status === 'proposed' && myAcceptedAt && (
          <Text>{t('match.youAccepted', { when: formatDateTime(myAcceptedAt) })}</Text>
        )}
      </Section>
      <Section title={t('match.sharedTitle', { name: other.name })}>
        <ReasonList reasons={match.shared} reader={match.myRole} size="md" />
      </Section>
      {mustAnswer && (
        <>
          <Section title={t('match.agreement.title')}>
            <Text>{t('match.agreement.intro', { name: other.name })}</Text>
            {match.agreement === null ? (
              <Alert variant="light" color="blue" title={t('match.agreement.noneTitle')}>
                {t('match.agreement.none')}
              </Alert>
            ) : (
              <MatchAgreementForm
                key={match.agreement.versionId}
                agreement={match.agreement}
                submitLabel={t('match.agreement.accept')}
                isPending={accept.isPending}
                error={<ErrorAlert error={accept.error} />}
                onSubmit={(versionId) =>
                  accept.mutate(versionId, {
                    onSuccess: (accepted) =>
                      notifyDone(
                        t(accepted.status === 'active' ? 'match.acceptedActive' : 'match.acceptedWaiting', {
                          name: other.name,
                        }),
                      ),
                  })
                }
              />
            )}
          </Section>
          <Section title={t('match.decline.title')}>
            <Text>{t('match.decline.intro', { name: other.name })}</Text>
            <DeclineMatchForm matchId={match.id} />
          </Section>
        </>
      )}
    </>
  );
}

/** A match as program staff see it: the facts, and where to manage the program's matches. */
function StaffMatchView({ match }: { match: Match }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('roles.mentee'), match.mentee.name],
    [t('roles.mentor'), match.mentor.name],
    [t('match.source'), t(`match.sources.${match.source}`)],
    [t('matching.pairs.score'), match.score === null ? '—' : String(match.score)],
  ];
  return (
    <Section title={t('match.standingTitle')}>
      <MatchStanding match={match} />
      <Table variant="vertical" layout="fixed" withTableBorder maw={560}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={180}>
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {match.status !== 'proposed' && match.status !== 'declined' && (
        <AnchorLink to="/matches/$matchId/schedule" params={{ matchId: match.id }}>
          {t('schedule.link')}
        </AnchorLink>
      )}
      <AnchorLink to="/programs/$programId/matches" params={{ programId: match.programId }}>
        {t('match.toProgramMatches')}
      </AnchorLink>
    </Section>
  );
}

/** One match, for either of the pair (to accept or decline it) or for the program's staff. */
export function MatchPage() {
  const { t } = useTranslation();
  const { matchId } = route.useParams();
  const match = useMatch(matchId);
  const data = match.data;
  const title = !data
    ? t('match.title')
    : isMyMatch(data)
      ? t('match.titleMine', { name: data.myRole === 'mentee' ? data.mentor.name : data.mentee.name })
      : t('match.titleStaff', { mentee: data.mentee.name, mentor: data.mentor.name });
  return (
    <Page
      title={title}
      intro={
        data &&
        isMyMatch(data) && (
          <Text>{t('match.intro', { program: data.programName, role: t(`roles.${data.myRole}`) })}</Text>
        )
      }
    >
      <QueryContent query={match}>
        {(m) =>
          isMyMatch(m) ? (
            <>
              {m.status === 'active' && (
                <Alert color="trellis" variant="light" title={t('match.activeTitle')}>
                  {t('match.activeExplain')}{' '}
                  <AnchorLink to="/matches/$matchId/schedule" params={{ matchId: m.id }}>
                    {t('schedule.link')}
                  </AnchorLink>
                </Alert>
              )}
              <MyMatchView match={m} />
            </>
          ) : (
            <StaffMatchView match={m} />
          )
        }
      </QueryContent>
    </Page>
  );
}

import { Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { useMyMatches } from '../api/list-my-matches.ts';
import type { MyMatch } from '../api/types.ts';
import { MatchStatusBadge } from './match-status-badge.tsx';

const needsMyAnswer = (match: MyMatch) => match.status === 'proposed' && match.waitingFor.includes(match.myRole);

/** A mentor's or mentee's matches in every program, each linking to its page; those awaiting their answer say so. */
export function MyMatchesSection() {
  const { t } = useTranslation();
  const matches = useMyMatches();
  return (
    <Section title={t('myMatches.title')}>
      <QueryContent query={matches}>
        {(mine) =>
          mine.length === 0 ? (
            <Text>{t('myMatches.none')}</Text>
          ) : (
            <List spacing="sm" listStyleType="none" withPadding={false}>
              {mine.map((match) => {
                const other = match.myRole === 'mentee' ? match.mentor : match.mentee;
                return (
                  <List.Item key={match.id}>
                    <Group gap="sm">
                      <AnchorLink to="/matches/$matchId" params={{ matchId: match.id }}>
                        {t('myMatches.link', { name: other.name, program: match.programName })}
                      </AnchorLink>
                      <Text size="sm">{t(`myMatches.as.${match.myRole}`)}</Text>
                      <MatchStatusBadge status={match.status} />
                      {needsMyAnswer(match) && <StatusBadge tone="bad">{t('myMatches.answerNeeded')}</StatusBadge>}
                      {match.status === 'active' && (
                        <AnchorLink to="/matches/$matchId/schedule" params={{ matchId: match.id }}>
                          {t('schedule.linkFor', { name: other.name })}
                        </AnchorLink>
                      )}
                    </Group>
                  </List.Item>
                );
              })}
            </List>
          )
        }
      </QueryContent>
    </Section>
  );
}

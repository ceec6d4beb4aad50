import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import type { RoleAssignment } from '../../../lib/session/get-me.ts';
import { useMyMatches } from '../../matching/api/list-my-matches.ts';
import { useMyParticipations } from '../api/list-my-participations.ts';
import type { MyParticipation } from '../api/types.ts';
import { ParticipantStatusBadge } from './participant-status-badge.tsx';

/**
 * A mentor's or mentee's programs: where they stand in each, with their training and agreement;
 * a program they were invited to but have not applied to offers its application form.
 */
export function MyParticipationsSection({ assignments }: { assignments: RoleAssignment[] }) {
  const { t } = useTranslation();
  const participations = useMyParticipations();
  const matches = useMyMatches();
  // A ready mentee with no proposed or active match may choose a mentor themself.
  const canChooseMentor = (p: MyParticipation) =>
    p.role === 'mentee' &&
    p.status === 'ready' &&
    matches.isSuccess &&
    !matches.data.some((m) => m.mentee.participantId === p.id && (m.status === 'proposed' || m.status === 'active'));
  return (
    <Section title={t('home.participantTitle')}>
      <QueryContent query={participations}>
        {(mine) => {
          const notYet = assignments.filter(
            (a) => a.programId && !mine.some((p) => p.programId === a.programId && p.role === a.role),
          );
          return (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {mine.map((p) => (
                <Card key={p.id} withBorder component="article" aria-labelledby={`participation-${p.id}`}>
                  <Stack gap="xs">
                    <Title order={3} id={`participation-${p.id}`}>
                      {p.programName}
                    </Title>
                    <Group gap="xs">
                      <Text size="sm">{t(`roles.${p.role}`)}</Text>
                      <ParticipantStatusBadge status={p.status} />
                    </Group>
                    <Group gap="md">
                      <AnchorLink to="/participants/$participantId/training" params={{ participantId: p.id }}>
                        {t('home.training')}
                      </AnchorLink>
                      <AnchorLink to="/participants/$participantId/agreement" params={{ participantId: p.id }}>
                        {t('home.agreement')}
                      </AnchorLink>
                      <AnchorLink to="/participants/$participantId" params={{ participantId: p.id }}>
                        {t('home.yourDetails')}
                      </AnchorLink>
                      {canChooseMentor(p) && (
                        <AnchorLink to="/participants/$participantId/choose-mentor" params={{ participantId: p.id }}>
                          {t('home.chooseMentor')}
                        </AnchorLink>
                      )}
                    </Group>
                  </Stack>
                </Card>
              ))}
              {notYet.map((a) => (
                <Card key={a.assignmentId} withBorder component="article" aria-labelledby={`invited-${a.assignmentId}`}>
                  <Stack gap="xs">
                    <Title order={3} id={`invited-${a.assignmentId}`}>
                      {a.programName}
                    </Title>
                    <Text size="sm">{t('home.notAppliedYet', { role: t(`roles.${a.role}`) })}</Text>
                    <AnchorLink to="/programs/$programId/apply" params={{ programId: a.programId ?? '' }}>
                      {t('home.applyLink')}
                    </AnchorLink>
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          );
        }}
      </QueryContent>
    </Section>
  );
}

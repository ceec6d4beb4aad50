import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { isApiError } from '../../../lib/api.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useCurrentAgreement } from '../../agreements/api/get-current-agreement.ts';
import { useParticipant } from '../../participants/api/get-participant.ts';
import { useMentorSuggestions } from '../api/list-mentor-suggestions.ts';
import { useMyMatches } from '../api/list-my-matches.ts';
import { useRequestMentor } from '../api/request-mentor.ts';
import type { MentorSuggestion } from '../api/types.ts';
import { MatchAgreementForm } from '../components/match-agreement-form.tsx';
import { MentorSuggestionCard } from '../components/mentor-suggestion-card.tsx';

const route = getRouteApi('/_app/participants/$participantId/choose-mentor');

/**
 * A ready mentee picks a mentor: their best five with how well each fits and why. Asking one means
 * reading and keeping the confidentiality agreement for that match; the mentor then answers.
 */
export function ChooseMentorPage() {
  const { t } = useTranslation();
  const { participantId } = route.useParams();
  const navigate = useNavigate();
  const participant = useParticipant(participantId);
  const myMatches = useMyMatches();
  const suggestions = useMentorSuggestions(participantId);
  const programId = participant.data?.programId ?? '';
  const request = useRequestMentor(participantId, programId);
  const agreement = useCurrentAgreement(programId, currentLanguage());
  const [chosen, setChosen] = useState<MentorSuggestion | null>(null);
  const askHeadingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (chosen) askHeadingRef.current?.focus();
  }, [chosen]);

  if (participant.isPending || myMatches.isPending) return <Loading />;
  const open = myMatches.data?.find(
    (m) => m.mentee.participantId === participantId && (m.status === 'proposed' || m.status === 'active'),
  );
  const choose = (mentor: MentorSuggestion) => {
    request.reset();
    setChosen(mentor);
  };
  const ask = (mentor: MentorSuggestion, agreementVersionId: string) =>
    request.mutate(
      { mentorParticipantId: mentor.participantId, agreementVersionId },
      {
        onSuccess: (match) => {
          notifyDone(t('chooseMentor.asked', { name: mentor.name }));
          void navigate({ to: '/matches/$matchId', params: { matchId: match.id } });
        },
      },
    );

  return (
    <Page
      title={t('chooseMentor.title')}
      intro={
        <AnchorLink to="/participants/$participantId" params={{ participantId }}>
          {t('chooseMentor.backToDetails')}
        </AnchorLink>
      }
    >
      {participant.isError ? (
        <ErrorAlert error={participant.error} />
      ) : open ? (
        <Alert variant="light" color="blue" title={t('chooseMentor.alreadyOpenTitle')}>
          <AnchorLink to="/matches/$matchId" params={{ matchId: open.id }}>
            {t('chooseMentor.alreadyOpenLink', { name: open.mentor.name })}
          </AnchorLink>
        </Alert>
      ) : participant.data?.status !== 'ready' ? (
        <Text>{t('chooseMentor.notReady')}</Text>
      ) : (
        <>
          <Text>{t('chooseMentor.intro')}</Text>
          <Section title={t('chooseMentor.suggestionsTitle')}>
            <QueryContent query={suggestions}>
              {(data) =>
                data.mentors.length === 0 ? (
                  <Text>{t('chooseMentor.none')}</Text>
                ) : (
                  <SimpleGrid cols={{ base: 1, md: 2 }}>
                    {data.mentors.map((mentor) => (
                      <MentorSuggestionCard
                        key={mentor.participantId}
                        mentor={mentor}
                        isChosen={chosen?.participantId === mentor.participantId}
                        onChoose={() => choose(mentor)}
                      />
                    ))}
                  </SimpleGrid>
                )
              }
            </QueryContent>
          </Section>
          {chosen && (
            <Section title={t('chooseMentor.agreementTitle')}>
              <Stack>
                <Title order={3} ref={askHeadingRef} tabIndex={-1} style={{ outline: 'none' }}>
                  {t('chooseMentor.ask', { name: chosen.name })}
                </Title>
                <Text>{t('chooseMentor.askExplain', { name: chosen.name })}</Text>
                {isApiError(agreement.error, 'AGREEMENT_NOT_FOUND') ? (
                  <Alert variant="light" color="blue" title={t('match.agreement.noneTitle')}>
                    {t('chooseMentor.noAgreement')}
                  </Alert>
                ) : (
                  <QueryContent query={agreement}>
                    {(a) => (
                      <MatchAgreementForm
                        key={a.id}
                        agreement={{ versionId: a.id, version: a.version, language: a.language, body: a.body }}
                        submitLabel={t('chooseMentor.ask', { name: chosen.name })}
                        isPending={request.isPending}
                        error={<ErrorAlert error={request.error} />}
                        onSubmit={(versionId) => ask(chosen, versionId)}
                      />
                    )}
                  </QueryContent>
                )}
                <Group>
                  <Button
                    variant="default"
                    onClick={() => {
                      // Back to the card that was chosen, as this part of the page goes away.
                      document.getElementById(`ask-${chosen.participantId}`)?.focus();
                      setChosen(null);
                    }}
                  >
                    {t('chooseMentor.chooseAnother')}
                  </Button>
                </Group>
              </Stack>
            </Section>
          )}
        </>
      )}
    </Page>
  );
}

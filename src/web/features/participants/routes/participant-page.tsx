import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { AgreementStatusSummary } from '../../agreements/components/agreement-status-summary.tsx';
import { ReliabilityFigures } from '../../consistency/components/reliability-card.tsx';
import { ScreeningSection } from '../../screening/components/screening-section.tsx';
import { TrainingProgressTable } from '../../training/components/training-progress-table.tsx';
import { useParticipant } from '../api/get-participant.ts';
import { ParticipantProfile } from '../components/participant-profile.tsx';
import { ParticipantTimeline } from '../components/participant-timeline.tsx';
import { StatusTransitionForm } from '../components/status-transition-form.tsx';
import { useIsProgramStaff } from '../components/use-is-program-staff.ts';

const route = getRouteApi('/_app/participants/$participantId');

/** One participant, for program staff (who move them on and screen mentors) or for themself. */
export function ParticipantPage() {
  const { t } = useTranslation();
  const { participantId } = route.useParams();
  const participant = useParticipant(participantId);
  const programId = participant.data?.programId ?? '';
  const isStaff = useIsProgramStaff(programId);
  return (
    <Page
      title={participant.data?.name ?? t('participant.title')}
      intro={
        programId &&
        isStaff && (
          <AnchorLink to="/programs/$programId/participants" params={{ programId }}>
            {t('participant.backToList')}
          </AnchorLink>
        )
      }
    >
      <QueryContent query={participant}>
        {(p) => (
          <>
            <Section title={t('participant.profileTitle')}>
              <ParticipantProfile participant={p} />
            </Section>
            {isStaff && (
              <Section title={t('participant.statusTitle')}>
                <StatusTransitionForm participant={p} />
              </Section>
            )}
            <Section title={t('participants.timelineTitle')}>
              <ParticipantTimeline entries={p.timeline} />
            </Section>
            <Section title={t('participant.trainingTitle')}>
              <TrainingProgressTable participantId={p.id} linkModules={!isStaff} />
            </Section>
            <Section title={t('participant.agreementTitle')}>
              <AgreementStatusSummary participantId={p.id} />
            </Section>
            {isStaff && p.role === 'mentor' && (
              <Section title={t('reliability.staffTitle', { name: p.name })}>
                <ReliabilityFigures participantId={p.id} />
              </Section>
            )}
            {isStaff && p.role === 'mentor' && <ScreeningSection participantId={p.id} />}
          </>
        )}
      </QueryContent>
    </Page>
  );
}

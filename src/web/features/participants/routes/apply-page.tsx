import { Alert, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useMe } from '../../../lib/session/get-me.ts';
import { useProgram } from '../../organizations/api/get-program.ts';
import { useParticipationSettings } from '../api/get-participation-settings.ts';
import { useMyParticipations } from '../api/list-my-participations.ts';
import type { ParticipantRole } from '../api/types.ts';
import { ApplicationForm } from '../components/application-form.tsx';

const route = getRouteApi('/_app/programs/$programId/apply');

/** Applying to a program as the mentor or mentee one was invited as, while that form is open. */
export function ApplyPage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const navigate = useNavigate();
  const me = useMe().data;
  const program = useProgram(programId);
  const settings = useParticipationSettings(programId);
  const mine = useMyParticipations();
  const role = me?.roles.find(
    (r): r is typeof r & { role: ParticipantRole } =>
      r.programId === programId && (r.role === 'mentor' || r.role === 'mentee'),
  )?.role;
  const name = program.data?.name ?? '';
  if (!me || mine.isPending) return <Loading />;
  const existing = mine.data?.find((p) => p.programId === programId && p.role === role);
  return (
    <Page title={t('apply.title', { program: name })}>
      {!role ? (
        <Text>{t('apply.notInvited')}</Text>
      ) : existing ? (
        <Alert variant="light" title={t('apply.alreadyTitle')}>
          <AnchorLink to="/participants/$participantId" params={{ participantId: existing.id }}>
            {t('apply.alreadyLink')}
          </AnchorLink>
        </Alert>
      ) : (
        <QueryContent query={settings}>
          {(data) =>
            (role === 'mentor' ? data.mentorApplicationsOpen : data.menteeApplicationsOpen) ? (
              <>
                <Text>{t(`apply.intro.${role}`)}</Text>
                <ApplicationForm
                  programId={programId}
                  role={role}
                  guardianConsentAge={data.guardianConsentAge}
                  onApplied={(participant) => {
                    notifyDone(t('apply.done'));
                    void navigate({ to: '/participants/$participantId', params: { participantId: participant.id } });
                  }}
                />
              </>
            ) : (
              <Text>{t('apply.closed', { role: t(`roles.${role}`) })}</Text>
            )
          }
        </QueryContent>
      )}
    </Page>
  );
}

import { Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { useMe } from '../../../lib/session/get-me.ts';
import { useProgram } from '../api/get-program.ts';
import { InviteToProgramForm } from '../components/invite-to-program-form.tsx';
import { ProgramDetailsSection } from '../components/program-details-section.tsx';

const route = getRouteApi('/_app/programs/$programId');

/** A program as its coordinator (or an admin) sees it today: what it is and the cadence it expects. */
export function ProgramPage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const program = useProgram(programId);
  const me = useMe().data;
  const orgId = program.data?.organizationId;
  const organizationName = me?.roles.find((r) => r.organizationId === orgId)?.organizationName;
  // The same rules the server applies: admins of the organization edit; its coordinators invite.
  const isAdmin = me?.roles.some((r) => r.role === 'admin' && r.organizationId === orgId) ?? false;
  const isCoordinator = me?.roles.some((r) => r.role === 'coordinator' && r.programId === programId) ?? false;
  return (
    <Page
      title={program.data?.name ?? t('program.title')}
      intro={organizationName && <Text>{t('program.partOf', { organization: organizationName })}</Text>}
    >
      <QueryContent query={program}>
        {(data) => (
          <>
            <ProgramDetailsSection key={data.id} program={data} canEdit={isAdmin} />
            {isCoordinator && (
              <Section title={t('program.inviteTitle')}>
                <Text>{t('program.inviteExplain')}</Text>
                <InviteToProgramForm program={data} />
              </Section>
            )}
            {(isAdmin || isCoordinator) && (
              <Section title={t('program.peopleTitle')}>
                <Text>{t('program.peopleExplain')}</Text>
                <AnchorLink to="/programs/$programId/participants" params={{ programId: data.id }}>
                  {t('program.participantsLink')}
                </AnchorLink>
                <AnchorLink to="/programs/$programId/import" params={{ programId: data.id }}>
                  {t('program.importLink')}
                </AnchorLink>
                <AnchorLink to="/programs/$programId/username-accounts" params={{ programId: data.id }}>
                  {t('program.usernameAccountsLink')}
                </AnchorLink>
              </Section>
            )}
            {(isAdmin || isCoordinator) && (
              <Section title={t('program.matchingTitle')}>
                <Text>{t('program.matchingExplain')}</Text>
                <AnchorLink to="/programs/$programId/matching" params={{ programId: data.id }}>
                  {t('program.matchingLink')}
                </AnchorLink>
                <AnchorLink to="/programs/$programId/matches" params={{ programId: data.id }}>
                  {t('program.matchesLink')}
                </AnchorLink>
                <AnchorLink to="/programs/$programId/consistency" params={{ programId: data.id }}>
                  {t('consistency.link')}
                </AnchorLink>
                <AnchorLink to="/programs/$programId/calendar" params={{ programId: data.id }}>
                  {t('programCalendar.link')}
                </AnchorLink>
              </Section>
            )}
            {(isAdmin || isCoordinator) && (
              <Section title={t('program.preparationTitle')}>
                <Text>{t('program.preparationExplain')}</Text>
                <AnchorLink to="/programs/$programId/training-modules" params={{ programId: data.id }}>
                  {t('program.trainingLink')}
                </AnchorLink>
                <AnchorLink to="/programs/$programId/agreement" params={{ programId: data.id }}>
                  {t('program.agreementLink')}
                </AnchorLink>
              </Section>
            )}
          </>
        )}
      </QueryContent>
    </Page>
  );
}

import { Stack, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/loading.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { useInvitations } from '../api/list-invitations.ts';
import { useMembers } from '../api/list-members.ts';
import { usePrograms } from '../api/list-programs.ts';
import { CreateProgramForm } from './create-program-form.tsx';
import { InvitationsTable } from './invitations-table.tsx';
import { InviteForm } from './invite-form.tsx';
import { MembersTable } from './members-table.tsx';
import { ProgramsTable } from './programs-table.tsx';

// The charting library is the largest dependency: it loads only when a chart is on screen.
const PeoplePerRoleChart = lazy(async () => ({
  default: (await import('./people-per-role-chart.tsx')).PeoplePerRoleChart,
}));

export function ProgramsSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const programs = usePrograms(orgId);
  return (
    <Section title={t('programs.title')}>
      <QueryContent query={programs}>{(data) => <ProgramsTable programs={data} />}</QueryContent>
      <Stack gap="sm">
        <Title order={3}>{t('programs.createTitle')}</Title>
        <CreateProgramForm orgId={orgId} />
      </Stack>
    </Section>
  );
}

export function PeopleSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const members = useMembers(orgId);
  return (
    <Section title={t('members.title')}>
      <QueryContent query={members}>
        {(data) => (
          <>
            <Title order={3}>{t('members.chartTitle')}</Title>
            <Suspense fallback={<Loading />}>
              <PeoplePerRoleChart members={data} />
            </Suspense>
            <Title order={3}>{t('members.tableTitle')}</Title>
            <MembersTable orgId={orgId} members={data} />
          </>
        )}
      </QueryContent>
    </Section>
  );
}

export function InvitationsSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const invitations = useInvitations(orgId);
  const programs = usePrograms(orgId);
  return (
    <Section title={t('invitations.title')}>
      <Title order={3}>{t('invitations.inviteTitle')}</Title>
      <InviteForm orgId={orgId} programs={programs.data ?? []} />
      <Title order={3}>{t('invitations.sentTitle')}</Title>
      <QueryContent query={invitations}>
        {(data) => <InvitationsTable orgId={orgId} invitations={data} programs={programs.data ?? []} />}
      </QueryContent>
    </Section>
  );
}

import { Anchor, Group, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { CreateUsernameAccountForm } from '../../accounts-for-young-people/components/create-username-account-form.tsx';
import { useProgram } from '../../organizations/api/get-program.ts';
import { useParticipationSettings } from '../api/get-participation-settings.ts';
import { participantsCsvUrl, useParticipants } from '../api/list-participants.ts';
import type { ParticipantFilters } from '../api/types.ts';
import { ParticipantCountsChart } from '../components/participant-counts-chart.tsx';
import { ParticipantFiltersForm } from '../components/participant-filters.tsx';
import { ParticipantsTable } from '../components/participants-table.tsx';
import { ParticipationSettingsForm } from '../components/participation-settings-form.tsx';

const route = getRouteApi('/_app/programs/$programId/participants');

/** A program's participants for its staff: counts, filters, the list, its export, and the forms' settings. */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const program = useProgram(programId);
  const [filters, setFilters] = useState<ParticipantFilters>({});
  const participants = useParticipants(programId, filters);
  const settings = useParticipationSettings(programId);
  const name = program.data?.name ?? '';
  return (
    <Page
      title={t('participants.title', { program: name })}
      intro={
        <AnchorLink to="/programs/$programId" params={{ programId }}>
          {t('participants.backToProgram', { program: name })}
        </AnchorLink>
      }
    >
      <Section title={t('participants.listTitle')}>
        <ParticipantFiltersForm filters={filters} onChange={setFilters} />
        <QueryContent query={participants}>
          {(list) => (
            <>
              <Group justify="space-between">
                <Text role="status">{t('participants.showing', { shown: list.rows.length, total: list.total })}</Text>
                <Group>
                  <Anchor href={participantsCsvUrl(programId, filters)} download>
                    {t('participants.exportCsv')}
                  </Anchor>
                  <AnchorLink to="/programs/$programId/import" params={{ programId }}>
                    {t('participants.importCsv')}
                  </AnchorLink>
                </Group>
              </Group>
              <ParticipantsTable rows={list.rows} />
            </>
          )}
        </QueryContent>
      </Section>
      <Section title={t('youngAccounts.title')}>
        <CreateUsernameAccountForm programId={programId} />
      </Section>
      <Section title={t('participants.countsTitle')}>
        <QueryContent query={participants}>
          {(list) =>
            list.counts.total > 0 ? (
              <ParticipantCountsChart counts={list.counts} />
            ) : (
              <Text>{t('participants.noneYet')}</Text>
            )
          }
        </QueryContent>
      </Section>
      <Section title={t('participants.settingsTitle')}>
        <QueryContent query={settings}>
          {(data) => <ParticipationSettingsForm key={data.programId} settings={data} />}
        </QueryContent>
      </Section>
    </Page>
  );
}

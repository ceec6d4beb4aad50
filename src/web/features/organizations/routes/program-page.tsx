import { Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { useMe } from '../../../lib/session/get-me.ts';
import { useProgram } from '../api/get-program.ts';
import { ProgramDetails } from '../components/program-details.tsx';

const route = getRouteApi('/_app/programs/$programId');

/** A program as its coordinator (or an admin) sees it today: what it is and the cadence it expects. */
export function ProgramPage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const program = useProgram(programId);
  const me = useMe().data;
  const organizationName = me?.roles.find((r) => r.organizationId === program.data?.organizationId)?.organizationName;
  return (
    <Page
      title={program.data?.name ?? t('program.title')}
      intro={organizationName && <Text>{t('program.partOf', { organization: organizationName })}</Text>}
    >
      <QueryContent query={program}>
        {(data) => (
          <>
            <Section title={t('program.detailsTitle')}>
              <ProgramDetails program={data} />
            </Section>
            <Section title={t('program.peopleTitle')}>
              <Text>{t('program.peopleLater')}</Text>
            </Section>
          </>
        )}
      </QueryContent>
    </Page>
  );
}

import { Group, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { useProgram } from '../../organizations/api/get-program.ts';
import { useTrainingModules } from '../api/list-training-modules.ts';
import { TrainingModulesTable } from '../components/training-modules-table.tsx';

const route = getRouteApi('/_app/programs/$programId/training-modules');

/** Program staff see the program's training modules and open one to change it, or add one. */
export function TrainingModulesPage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const program = useProgram(programId);
  const modules = useTrainingModules(programId);
  const name = program.data?.name ?? '';
  return (
    <Page
      title={t('trainingEditor.listTitle', { program: name })}
      intro={
        <AnchorLink to="/programs/$programId" params={{ programId }}>
          {t('participants.backToProgram', { program: name })}
        </AnchorLink>
      }
    >
      <Section title={t('training.modulesTitle')}>
        <Text>{t('trainingEditor.listIntro')}</Text>
        <QueryContent query={modules}>{(list) => <TrainingModulesTable modules={list} />}</QueryContent>
        <Group>
          <AnchorLink to="/programs/$programId/training-modules/new" params={{ programId }}>
            {t('trainingEditor.addModule')}
          </AnchorLink>
        </Group>
      </Section>
    </Page>
  );
}

import { Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/page.tsx';
import { Section } from '../../../components/section.tsx';
import { TrainingProgressTable } from '../components/training-progress-table.tsx';

const route = getRouteApi('/_app/participants/$participantId/training');

/** A participant's training: every module of their program, what is passed and what is left. */
export function TrainingPage() {
  const { t } = useTranslation();
  const { participantId } = route.useParams();
  return (
    <Page title={t('training.title')} intro={<Text>{t('training.intro')}</Text>}>
      <Section title={t('training.modulesTitle')}>
        <TrainingProgressTable participantId={participantId} linkModules />
      </Section>
    </Page>
  );
}

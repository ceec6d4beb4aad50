import { Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useTrainingModule } from '../api/get-training-module.ts';
import type { TrainingModule } from '../api/types.ts';
import { useUpdateTrainingModule } from '../api/update-training-module.ts';
import { changedModuleFields, moduleToFormValues, useModuleForm } from '../components/module-form.ts';
import { alertableError, showModuleErrors } from '../components/save-module-errors.ts';
import { TrainingModuleForm } from '../components/training-module-form.tsx';

const route = getRouteApi('/_app/programs/$programId/training-modules/$moduleId');

/** Program staff change a module's lesson, quiz, pass mark or whether it is required. */
export function EditTrainingModulePage() {
  const { t } = useTranslation();
  const { programId, moduleId } = route.useParams();
  const module = useTrainingModule(moduleId);
  return (
    <Page
      title={module.data ? t('trainingEditor.editTitle', { title: module.data.title }) : t('training.moduleTitle')}
      intro={
        <AnchorLink to="/programs/$programId/training-modules" params={{ programId }}>
          {t('trainingEditor.backToModules')}
        </AnchorLink>
      }
    >
      <Section title={t('trainingEditor.moduleSection')}>
        <Text>{t('trainingEditor.editIntro')}</Text>
        <QueryContent query={module}>{(saved) => <EditModuleForm key={saved.updatedAt} saved={saved} />}</QueryContent>
      </Section>
    </Page>
  );
}

/** Keyed by the saved version, so a save starts the form afresh from what the server kept. */
function EditModuleForm({ saved }: { saved: TrainingModule }) {
  const { t } = useTranslation();
  const update = useUpdateTrainingModule(saved.id);
  const form = useModuleForm(moduleToFormValues(saved));
  const submit = (values: ReturnType<typeof form.getValues>) => {
    const changes = changedModuleFields(saved, values);
    if (Object.keys(changes).length === 0) return notifyDone(t('trainingEditor.noChanges'));
    update.mutate(changes, {
      onSuccess: (module) => notifyDone(t('trainingEditor.saved', { title: module.title })),
      onError: (error) => showModuleErrors(form, error),
    });
  };
  return (
    <TrainingModuleForm
      form={form}
      isNew={false}
      submitLabel={t('trainingEditor.save')}
      isPending={update.isPending}
      error={alertableError(update.error)}
      onSubmit={submit}
    />
  );
}

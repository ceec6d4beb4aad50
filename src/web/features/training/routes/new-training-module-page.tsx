import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { Section } from '../../../components/section.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useCreateTrainingModule } from '../api/create-training-module.ts';
import { emptyModuleValues, toModuleInput, useModuleForm } from '../components/module-form.ts';
import { alertableError, showModuleErrors } from '../components/save-module-errors.ts';
import { TrainingModuleForm } from '../components/training-module-form.tsx';

const route = getRouteApi('/_app/programs/$programId/training-modules/new');

/** Program staff write a module of their own; it goes after the existing ones. */
export function NewTrainingModulePage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const navigate = useNavigate();
  const create = useCreateTrainingModule(programId);
  const form = useModuleForm(emptyModuleValues());
  const submit = (values: ReturnType<typeof form.getValues>) =>
    create.mutate(toModuleInput(values), {
      onSuccess: (module) => {
        notifyDone(t('trainingEditor.created', { title: module.title }));
        void navigate({
          to: '/programs/$programId/training-modules/$moduleId',
          params: { programId, moduleId: module.id },
        });
      },
      onError: (error) => showModuleErrors(form, error),
    });
  return (
    <Page
      title={t('trainingEditor.newTitle')}
      intro={
        <AnchorLink to="/programs/$programId/training-modules" params={{ programId }}>
          {t('trainingEditor.backToModules')}
        </AnchorLink>
      }
    >
      <Section title={t('trainingEditor.moduleSection')}>
        <TrainingModuleForm
          form={form}
          isNew
          submitLabel={t('trainingEditor.create')}
          isPending={create.isPending}
          error={alertableError(create.error)}
          onSubmit={submit}
        />
      </Section>
    </Page>
  );
}

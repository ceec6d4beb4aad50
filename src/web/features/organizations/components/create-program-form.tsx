import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { isoDateInMonths } from '../../../lib/format.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useCreateProgram } from '../api/create-program.ts';
import { ProgramFields, programFieldRenames, toProgramInput, useProgramForm } from './program-fields.tsx';

export function CreateProgramForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const create = useCreateProgram(orgId);
  const form = useProgramForm({
    name: '',
    slug: '',
    description: '',
    startsOn: isoDateInMonths(0),
    endsOn: isoDateInMonths(12),
    frequency: 'fortnightly',
    minutes: 60,
  });
  const submit = form.onSubmit((values) =>
    create.mutate(toProgramInput(values), {
      onSuccess: (program) => {
        notifyDone(t('programs.created', { name: program.name }));
        form.reset();
      },
      onError: (error) => showServerFieldErrors(form, error, programFieldRenames),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        <ErrorAlert error={create.error} />
        <ProgramFields form={form} slugFollowsName />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('programs.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

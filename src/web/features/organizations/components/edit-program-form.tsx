import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { notifyDone } from '../../../lib/notify.ts';
import type { CreateProgramInput } from '../api/create-program.ts';
import type { Program } from '../api/types.ts';
import { type UpdateProgramInput, useUpdateProgram } from '../api/update-program.ts';
import { ProgramFields, programFieldRenames, toProgramInput, useProgramForm } from './program-fields.tsx';

/** The fields whose value differs from the program's, so the audit log names only real changes. */
function changedFields(program: Program, next: CreateProgramInput): UpdateProgramInput {
  const changes: UpdateProgramInput = {};
  if (next.name !== program.name) changes.name = next.name;
  if (next.slug !== program.slug) changes.slug = next.slug;
  if (next.description !== program.description) changes.description = next.description;
  if (next.startsOn !== program.startsOn) changes.startsOn = next.startsOn;
  if (next.endsOn !== program.endsOn) changes.endsOn = next.endsOn;
  const { frequency, minutes } = next.cadence;
  if (frequency !== program.cadence.frequency || minutes !== program.cadence.minutes) changes.cadence = next.cadence;
  return changes;
}

interface EditProgramFormProps {
  program: Program;
  /** Called after saving or cancelling: the page shows the details again. */
  onClose: () => void;
}

/** Admins change a program's name, link, description, dates and cadence. */
export function EditProgramForm({ program, onClose }: EditProgramFormProps) {
  const { t } = useTranslation();
  const update = useUpdateProgram(program.id);
  const form = useProgramForm({
    name: program.name,
    slug: program.slug,
    description: program.description,
    startsOn: program.startsOn,
    endsOn: program.endsOn,
    frequency: program.cadence.frequency,
    minutes: program.cadence.minutes,
  });
  const submit = form.onSubmit((values) => {
    const changes = changedFields(program, toProgramInput(values));
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate(changes, {
      onSuccess: (saved) => {
        notifyDone(t('program.saved', { name: saved.name }));
        onClose();
      },
      onError: (error) => showServerFieldErrors(form, error, programFieldRenames),
    });
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('program.editTitle', { name: program.name })}>
      <Stack maw={720}>
        <ErrorAlert error={update.error} />
        <ProgramFields form={form} slugFollowsName={false} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('program.save')}
          </Button>
          <Button variant="default" onClick={onClose} disabled={update.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

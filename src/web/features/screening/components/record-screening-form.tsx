import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { isoDateInMonths } from '../../../lib/format.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { required } from '../../../lib/validation.ts';
import { useRecordScreeningCheck } from '../api/record-screening-check.ts';
import { type ScreeningKind, type ScreeningOutcome, screeningKinds, screeningOutcomes } from '../api/types.ts';

/** The facts of one check: what, when, the outcome and when it runs out (no documents, by design). */
export function RecordScreeningForm({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const record = useRecordScreeningCheck(participantId);
  const form = useForm({
    initialValues: {
      kind: 'reference' as ScreeningKind,
      checkedOn: isoDateInMonths(0),
      outcome: 'passed' as ScreeningOutcome,
      expiresOn: '',
    },
    validate: {
      checkedOn: required,
      expiresOn: (value, values) => (value && value <= values.checkedOn ? t('screening.expiresAfterChecked') : null),
    },
  });
  const submit = form.onSubmit((v) =>
    record.mutate(
      { ...v, expiresOn: v.expiresOn || null },
      {
        onSuccess: () => {
          notifyDone(t('screening.recorded'));
          form.reset();
        },
        onError: (error) => showServerFieldErrors(form, error),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('screening.recordTitle')}>
      <Stack maw={720}>
        <ErrorAlert error={record.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('screening.kind')}
            data={screeningKinds.map((k) => ({ value: k, label: t(`screening.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          <NativeSelect
            label={t('screening.outcome')}
            data={screeningOutcomes.map((o) => ({ value: o, label: t(`screening.outcomes.${o}`) }))}
            {...form.getInputProps('outcome')}
          />
          <TextInput type="date" label={t('screening.checkedOn')} required {...form.getInputProps('checkedOn')} />
          <TextInput
            type="date"
            label={t('screening.expiresOn')}
            description={t('screening.expiresOnHint')}
            {...form.getInputProps('expiresOn')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={record.isPending}>
            {t('screening.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

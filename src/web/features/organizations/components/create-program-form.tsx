import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { isoDateInMonths } from '../../../lib/format.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { minLength, required } from '../../../lib/validation.ts';
import { useCreateProgram } from '../api/create-program.ts';
import { type CadenceFrequency, cadenceFrequencies } from '../api/types.ts';
import { isSlug, slugify } from './slugify.ts';

export function CreateProgramForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const create = useCreateProgram(orgId);
  // The slug follows the name until someone edits it by hand.
  const [isSlugEdited, setIsSlugEdited] = useState(false);
  const form = useForm({
    initialValues: {
      name: '',
      slug: '',
      description: '',
      startsOn: isoDateInMonths(0) as string | null,
      endsOn: isoDateInMonths(12) as string | null,
      frequency: 'fortnightly' as CadenceFrequency,
      minutes: 60 as number | string,
    },
    validate: {
      name: minLength(2),
      slug: (value) => (isSlug(value) ? null : t('validation.slug')),
      startsOn: required,
      endsOn: (value, values) =>
        required(value) ??
        (values.startsOn && value && value < values.startsOn ? t('validation.endBeforeStart') : null),
      minutes: (value) => (Number(value) >= 15 && Number(value) <= 240 ? null : t('validation.minutesRange')),
    },
  });
  const submit = form.onSubmit(({ frequency, minutes, startsOn, endsOn, ...rest }) =>
    create.mutate(
      {
        ...rest,
        name: rest.name.trim(),
        startsOn: startsOn!,
        endsOn: endsOn!,
        cadence: { frequency, minutes: Number(minutes) },
      },
      {
        onSuccess: (program) => {
          notifyDone(t('programs.created', { name: program.name }));
          form.reset();
          setIsSlugEdited(false);
        },
        onError: (error) =>
          showServerFieldErrors(form, error, { 'cadence.frequency': 'frequency', 'cadence.minutes': 'minutes' }),
      },
    ),
  );
  const nameProps = form.getInputProps('name');
  const slugProps = form.getInputProps('slug');
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        <ErrorAlert error={create.error} />
        <TextInput
          label={t('fields.programName')}
          required
          {...nameProps}
          onChange={(event) => {
            nameProps.onChange(event);
            if (!isSlugEdited) form.setFieldValue('slug', slugify(event.currentTarget.value));
          }}
        />
        <TextInput
          label={t('fields.slug')}
          description={t('fields.slugHint')}
          required
          {...slugProps}
          onChange={(event) => {
            slugProps.onChange(event);
            setIsSlugEdited(true);
          }}
        />
        <Textarea label={t('fields.description')} autosize minRows={2} {...form.getInputProps('description')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DatePickerInput label={t('fields.startsOn')} required {...form.getInputProps('startsOn')} />
          <DatePickerInput label={t('fields.endsOn')} required {...form.getInputProps('endsOn')} />
          <NativeSelect
            label={t('fields.cadenceFrequency')}
            data={cadenceFrequencies.map((value) => ({ value, label: t(`cadence.${value}`) }))}
            {...form.getInputProps('frequency')}
          />
          <NumberInput
            label={t('fields.cadenceMinutes')}
            min={15}
            max={240}
            step={15}
            required
            {...form.getInputProps('minutes')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('programs.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { NativeSelect, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { minLength, required } from '../../../lib/validation.ts';
import type { CreateProgramInput } from '../api/create-program.ts';
import { type CadenceFrequency, cadenceFrequencies } from '../api/types.ts';
import { isSlug, slugify } from './slugify.ts';

// The fields of a program, shared by the form that creates one and the form that changes one.

export interface ProgramFormValues {
  name: string;
  slug: string;
  description: string;
  startsOn: string | null;
  endsOn: string | null;
  frequency: CadenceFrequency;
  minutes: number | string;
}

/** Server paths that differ from the form's (cadence is one object there, two fields here). */
export const programFieldRenames = { 'cadence.frequency': 'frequency', 'cadence.minutes': 'minutes' };

export function useProgramForm(initialValues: ProgramFormValues) {
  const { t } = useTranslation();
  return useForm({
    initialValues,
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
}

export type ProgramForm = ReturnType<typeof useProgramForm>;

/** The request body for validated form values. */
export function toProgramInput({
  frequency,
  minutes,
  startsOn,
  endsOn,
  ...rest
}: ProgramFormValues): CreateProgramInput {
  return {
    ...rest,
    name: rest.name.trim(),
    startsOn: startsOn!,
    endsOn: endsOn!,
    cadence: { frequency, minutes: Number(minutes) },
  };
}

interface ProgramFieldsProps {
  form: ProgramForm;
  /**
   * While creating, the slug follows the name until someone types their own. While editing it
   * stays put: changing it changes the program's links.
   */
  slugFollowsName: boolean;
}

export function ProgramFields({ form, slugFollowsName }: ProgramFieldsProps) {
  const { t } = useTranslation();
  const nameProps = form.getInputProps('name');
  return (
    <>
      <TextInput
        label={t('fields.programName')}
        required
        {...nameProps}
        onChange={(event) => {
          const { slug, name } = form.getValues();
          nameProps.onChange(event);
          if (slugFollowsName && slug === slugify(name)) form.setFieldValue('slug', slugify(event.currentTarget.value));
        }}
      />
      <TextInput label={t('fields.slug')} description={t('fields.slugHint')} required {...form.getInputProps('slug')} />
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
    </>
  );
}

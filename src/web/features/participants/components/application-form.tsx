import { Button, Group, NumberInput, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { browserTimeZone, TimeZoneSelect } from '../../../components/time-zone-select.tsx';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { type ApplicationInput, useApplyToProgram } from '../api/apply-to-program.ts';
import type { ParticipantRole, ParticipantSummary, WeeklySlot } from '../api/types.ts';
import { AvailabilityEditor } from './availability-editor.tsx';

/** As many slots as the server takes: a checkerboard of half hours would be more. */
const MAX_SLOTS = 50;

interface ApplicationFormProps {
  programId: string;
  role: ParticipantRole;
  /** Below this age on the birth date entered, the form asks for a guardian's email. */
  guardianConsentAge: number;
  onApplied: (participant: ParticipantSummary) => void;
}

/** The application form for the role someone was invited as: mentees' goals, mentors' strengths. */
export function ApplicationForm({ programId, role, guardianConsentAge, onApplied }: ApplicationFormProps) {
  const { t } = useTranslation();
  const apply = useApplyToProgram(programId);
  const form = useForm({
    initialValues: {
      timeZone: browserTimeZone(),
      languages: [] as string[],
      interests: [] as string[],
      goals: [] as string[],
      strengths: [] as string[],
      capacity: 1 as number | string,
      birthDate: '',
      gender: '',
      guardianEmail: '',
      availability: [] as WeeklySlot[],
    },
    validate: {
      availability: (slots) => (slots.length > MAX_SLOTS ? t('availabilityGrid.tooMany', { max: MAX_SLOTS }) : null),
    },
  });
  // The server may name one slot ("availability.3.end"); the grid shows any of them under itself.
  const availabilityError = Object.entries(form.errors).find(
    ([path]) => path === 'availability' || path.startsWith('availability.'),
  )?.[1];
  const needsGuardian = isYoungerThan(form.values.birthDate, guardianConsentAge);
  const submit = form.onSubmit((v) => {
    const guardianEmail = needsGuardian ? v.guardianEmail.trim() || undefined : undefined;
    const common = {
      timeZone: v.timeZone,
      languages: v.languages,
      interests: v.interests,
      availability: v.availability,
      birthDate: v.birthDate || undefined,
      gender: v.gender.trim() || undefined,
      ...(guardianEmail ? { guardianEmail, language: currentLanguage() } : {}),
    };
    const input: ApplicationInput =
      role === 'mentor'
        ? { role, ...common, strengths: v.strengths, capacity: Number(v.capacity) || 1 }
        : { role, ...common, goals: v.goals };
    apply.mutate(input, { onSuccess: onApplied, onError: (error) => showServerFieldErrors(form, error) });
  });
  const tagsHint = t('participants.tagsHint');
  return (
    <form onSubmit={submit} noValidate aria-label={t('apply.formLabel', { role: t(`roles.${role}`) })}>
      <Stack maw={720}>
        <ErrorAlert error={apply.error} />
        <TimeZoneSelect required {...form.getInputProps('timeZone')} />
        <TagsInput label={t('participants.languages')} description={tagsHint} {...form.getInputProps('languages')} />
        <TagsInput label={t('participants.interests')} description={tagsHint} {...form.getInputProps('interests')} />
        {role === 'mentee' ? (
          <TagsInput label={t('participants.goals')} description={tagsHint} {...form.getInputProps('goals')} />
        ) : (
          <>
            <TagsInput
              label={t('participants.strengths')}
              description={tagsHint}
              {...form.getInputProps('strengths')}
            />
            <NumberInput
              label={t('participants.capacity')}
              description={t('participants.capacityHint')}
              min={1}
              max={10}
              allowDecimal={false}
              {...form.getInputProps('capacity')}
            />
          </>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={t('participants.birthDate')} {...form.getInputProps('birthDate')} />
          <TextInput label={t('participants.gender')} maxLength={60} {...form.getInputProps('gender')} />
        </SimpleGrid>
        {needsGuardian && (
          <TextInput
            type="email"
            required
            label={t('apply.guardianEmail')}
            description={t('apply.guardianEmailHint', { age: guardianConsentAge })}
            {...form.getInputProps('guardianEmail')}
          />
        )}
        <AvailabilityEditor
          value={form.values.availability}
          timeZone={form.values.timeZone}
          error={availabilityError}
          onChange={(slots) => form.setFieldValue('availability', slots)}
        />
        <Group>
          <Button type="submit" loading={apply.isPending}>
            {t('apply.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Whether someone born on `birthDate` (YYYY-MM-DD) has not yet had their `age`th birthday today. */
function isYoungerThan(birthDate: string, age: number): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) return false;
  const today = new Date();
  const birthdayThisYear = `${today.getFullYear()}-${match[2]}-${match[3]}`;
  const todayIso = today.toLocaleDateString('sv-SE');
  const years = today.getFullYear() - Number(match[1]) - (todayIso < birthdayThisYear ? 1 : 0);
  return years < age;
}

import { Button, Checkbox, Fieldset, Group, NumberInput, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { focusFirstError } from '../../../lib/focus-first-error.ts';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { type MatchingSettings, objectives, type WeightName, weightNames } from '../api/types.ts';
import { useUpdateMatchingSettings } from '../api/update-matching-settings.ts';

// The server's rules (matching/presenters.ts settingsSchema): each weight 0–100 with a positive
// sum, overlap in whole minutes up to a week, the age gap in whole years from −100 to 100.
const MINUTES_IN_WEEK = 10_080;
const WEIGHT_MAX = 100;
const YEARS_MAX = 100;

type FormNumber = number | string;

interface SettingsValues {
  weights: Record<WeightName, FormNumber>;
  minOverlapMinutes: FormNumber;
  requireSharedLanguage: boolean;
  limitAgeGap: boolean;
  ageGap: { min: FormNumber; max: FormNumber };
  objective: MatchingSettings['objective'];
}

const isNumber = (value: FormNumber): value is number => typeof value === 'number' && Number.isFinite(value);
const isYears = (value: FormNumber) => isNumber(value) && Number.isInteger(value) && Math.abs(value) <= YEARS_MAX;
const weightSum = (weights: SettingsValues['weights']) =>
  weightNames.reduce((sum, name) => sum + (isNumber(weights[name]) ? (weights[name] as number) : 0), 0);

interface MatchingSettingsFormProps {
  programId: string;
  settings: MatchingSettings;
  /** Told whether the form holds changes not saved yet: a run uses the saved settings. */
  onDirtyChange: (isDirty: boolean) => void;
}

/** The program's weights, hard constraints and objective, explained in plain words. */
export function MatchingSettingsForm({ programId, settings, onDirtyChange }: MatchingSettingsFormProps) {
  const { t } = useTranslation();
  const update = useUpdateMatchingSettings(programId);
  const form = useForm<SettingsValues>({
    initialValues: {
      weights: settings.weights,
      minOverlapMinutes: settings.minOverlapMinutes,
      requireSharedLanguage: settings.requireSharedLanguage,
      limitAgeGap: settings.ageGap !== null,
      ageGap: settings.ageGap ?? { min: 0, max: 10 },
      objective: settings.objective,
    },
    validate: {
      weights: Object.fromEntries(
        weightNames.map((name) => [
          name,
          (value: FormNumber, values: SettingsValues) => {
            if (!isNumber(value) || value < 0 || value > WEIGHT_MAX) {
              return t('matching.settings.weightInvalid', { max: WEIGHT_MAX });
            }
            return name === 'experiences' && weightSum(values.weights) <= 0
              ? t('matching.settings.weightsAllZero')
              : null;
          },
        ]),
      ) as Record<WeightName, (value: FormNumber, values: SettingsValues) => string | null>,
      minOverlapMinutes: (value) =>
        isNumber(value) && Number.isInteger(value) && value >= 0 && value <= MINUTES_IN_WEEK
          ? null
          : t('matching.settings.overlapInvalid', { max: MINUTES_IN_WEEK }),
      ageGap: {
        min: (value, values) =>
          !values.limitAgeGap || isYears(value) ? null : t('matching.settings.yearsInvalid', { max: YEARS_MAX }),
        max: (value, values) => {
          if (!values.limitAgeGap) return null;
          if (!isYears(value)) return t('matching.settings.yearsInvalid', { max: YEARS_MAX });
          return isNumber(values.ageGap.min) && Number(value) < values.ageGap.min
            ? t('matching.settings.maxBelowMin')
            : null;
        },
      },
    },
  });
  const isDirty = form.isDirty();
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);

  const submit = form.onSubmit(
    (values) => {
      const saved: MatchingSettings = {
        weights: Object.fromEntries(weightNames.map((name) => [name, Number(values.weights[name])])) as Record<
          WeightName,
          number
        >,
        minOverlapMinutes: Number(values.minOverlapMinutes),
        requireSharedLanguage: values.requireSharedLanguage,
        ageGap: values.limitAgeGap ? { min: Number(values.ageGap.min), max: Number(values.ageGap.max) } : null,
        objective: values.objective,
      };
      update.mutate(saved, {
        onSuccess: (result) => {
          form.setInitialValues({
            ...values,
            weights: result.weights,
            ageGap: result.ageGap ?? values.ageGap,
            limitAgeGap: result.ageGap !== null,
          });
          form.reset();
          notifyDone(t('matching.settings.saved'));
        },
        // The server names the whole group for a rule across fields; the message goes on its first field.
        onError: (error) =>
          showServerFieldErrors(form, error, { weights: 'weights.experiences', ageGap: 'ageGap.max' }),
      });
    },
    (errors) => focusFirstError(form, errors),
  );

  const sum = weightSum(form.values.weights);
  const shareOf = (name: WeightName) => {
    const value = form.values.weights[name];
    return sum > 0 && isNumber(value) ? Math.round((value / sum) * 100) : 0;
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('matching.settings.title')}>
      <Stack maw={760}>
        <ErrorAlert error={update.error} />
        <Fieldset legend={t('matching.settings.weightsLegend')}>
          <Stack gap="sm">
            <Text size="sm">{t('matching.settings.weightsExplain')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {weightNames.map((name) => (
                <NumberInput
                  key={name}
                  label={t(`matching.settings.weight.${name}`)}
                  description={t('matching.settings.weightShare', {
                    what: t(`matching.settings.weightWhat.${name}`),
                    share: shareOf(name),
                  })}
                  min={0}
                  max={WEIGHT_MAX}
                  step={0.05}
                  decimalScale={2}
                  {...form.getInputProps(`weights.${name}`)}
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('matching.settings.constraintsLegend')}>
          <Stack gap="sm">
            <Text size="sm">{t('matching.settings.constraintsExplain')}</Text>
            <NumberInput
              label={t('matching.settings.minOverlap')}
              description={t('matching.settings.minOverlapHint')}
              min={0}
              max={MINUTES_IN_WEEK}
              step={15}
              allowDecimal={false}
              maw={320}
              {...form.getInputProps('minOverlapMinutes')}
            />
            <Checkbox
              label={t('matching.settings.requireSharedLanguage')}
              description={t('matching.settings.requireSharedLanguageHint')}
              {...form.getInputProps('requireSharedLanguage', { type: 'checkbox' })}
            />
            <Checkbox
              label={t('matching.settings.limitAgeGap')}
              description={t('matching.settings.limitAgeGapHint')}
              {...form.getInputProps('limitAgeGap', { type: 'checkbox' })}
            />
            {form.values.limitAgeGap && (
              <Group align="flex-start">
                <NumberInput
                  label={t('matching.settings.ageGapMin')}
                  min={-YEARS_MAX}
                  max={YEARS_MAX}
                  allowDecimal={false}
                  maw={240}
                  {...form.getInputProps('ageGap.min')}
                />
                <NumberInput
                  label={t('matching.settings.ageGapMax')}
                  min={-YEARS_MAX}
                  max={YEARS_MAX}
                  allowDecimal={false}
                  maw={240}
                  {...form.getInputProps('ageGap.max')}
                />
              </Group>
            )}
          </Stack>
        </Fieldset>
        <Radio.Group label={t('matching.settings.objective')} {...form.getInputProps('objective')}>
          <Stack gap="sm" mt="xs">
            {objectives.map((objective) => (
              <Radio
                key={objective}
                value={objective}
                label={t(`matching.settings.objectives.${objective}.label`)}
                description={t(`matching.settings.objectives.${objective}.explain`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('matching.settings.save')}
          </Button>
          {isDirty && <Text size="sm">{t('matching.settings.unsaved')}</Text>}
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Group, NumberInput, Stack, Switch } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { notifyDone } from '../../../lib/notify.ts';
import type { ParticipationSettings } from '../api/types.ts';
import { useUpdateParticipationSettings } from '../api/update-participation-settings.ts';

/** Staff open and close the two application forms and set the age below which a guardian consents. */
export function ParticipationSettingsForm({ settings }: { settings: ParticipationSettings }) {
  const { t } = useTranslation();
  const update = useUpdateParticipationSettings(settings.programId);
  const form = useForm({
    initialValues: {
      mentorApplicationsOpen: settings.mentorApplicationsOpen,
      menteeApplicationsOpen: settings.menteeApplicationsOpen,
      guardianConsentAge: settings.guardianConsentAge,
    },
    validate: {
      guardianConsentAge: (value) =>
        Number.isInteger(value) && value >= 5 && value <= 25 ? null : t('participants.consentAgeRange'),
    },
  });
  const submit = form.onSubmit((values) =>
    update.mutate(values, {
      onSuccess: () => notifyDone(t('participants.settingsSaved')),
      onError: (error) => showServerFieldErrors(form, error),
    }),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('participants.settingsTitle')}>
      <Stack maw={520}>
        <ErrorAlert error={update.error} />
        <Switch
          label={t('participants.mentorFormOpen')}
          {...form.getInputProps('mentorApplicationsOpen', { type: 'checkbox' })}
        />
        <Switch
          label={t('participants.menteeFormOpen')}
          {...form.getInputProps('menteeApplicationsOpen', { type: 'checkbox' })}
        />
        <NumberInput
          label={t('participants.consentAge')}
          description={t('participants.consentAgeHint')}
          min={5}
          max={25}
          allowDecimal={false}
          {...form.getInputProps('guardianConsentAge')}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('participants.saveSettings')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

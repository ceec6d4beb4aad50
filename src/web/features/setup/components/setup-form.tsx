import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { browserTimeZone } from '../../../components/time-zone-select.tsx';
import { isApiError } from '../../../lib/api.ts';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { email, minLength, password, required, sameAs } from '../../../lib/validation.ts';
import { useCompleteSetup } from '../api/complete-setup.ts';
import { AdminStep, OrganizationStep, type SetupValues, TokenStep } from './setup-steps.tsx';

const stepFields: (keyof SetupValues | `${string}.${string}`)[][] = [
  ['token'],
  ['organization.name', 'organization.kind', 'organization.timeZone'],
  ['admin.name', 'admin.email', 'admin.password', 'admin.confirmPassword'],
];
const stepOf = (path: string) =>
  Math.max(
    0,
    stepFields.findIndex((fields) => fields.some((f) => path.startsWith(f))),
  );

/** Three steps (token, organization, admin) in one form, sent together at the end. */
export function SetupForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  const completeSetup = useCompleteSetup();
  const form = useForm<SetupValues>({
    initialValues: {
      token: '',
      organization: { name: '', kind: 'school', timeZone: browserTimeZone() },
      admin: { name: '', email: '', password: '', confirmPassword: '' },
    },
    validate: {
      token: minLength(10),
      organization: { name: minLength(2), timeZone: required },
      admin: {
        name: required,
        email,
        password,
        confirmPassword: (value, values) => sameAs(values.admin.password)(value),
      },
    },
  });

  // A new step replaces the fields: move focus to its heading so nobody is left on a vanished field.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
  }, [step]);

  const next = () => {
    const hasError = stepFields[step]!.map((field) => form.validateField(field).hasError).some(Boolean);
    if (!hasError) setStep(step + 1);
  };

  const submit = form.onSubmit(
    ({ token, organization, admin: { confirmPassword: _, ...admin } }) =>
      completeSetup.mutate(
        { token: token.trim(), organization, admin: { ...admin, locale: currentLanguage() } },
        {
          onSuccess: onDone,
          onError: (error) => {
            if (isApiError(error, 'INVALID_SETUP_TOKEN')) {
              form.setFieldError('token', t('errors.INVALID_SETUP_TOKEN'));
              setStep(0);
            } else if (showServerFieldErrors(form, error)) {
              setStep(stepOf(Object.keys(form.errors)[0] ?? ''));
            }
          },
        },
      ),
    (errors) => setStep(stepOf(Object.keys(errors)[0] ?? '')),
  );

  // Enter in a field of an earlier step moves on rather than sending an incomplete form.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (step === 2) return submit(event);
    event.preventDefault();
    next();
  };

  const titles = [t('setup.stepToken'), t('setup.stepOrganization'), t('setup.stepAdmin')];
  return (
    <Paper withBorder p="lg" maw={560} component="form" onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('setup.stepCount', { step: step + 1, total: 3 })}
        </Text>
        <Title order={2} ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
          {titles[step]}
        </Title>
        <ErrorAlert error={completeSetup.error} />
        {step === 0 && <TokenStep form={form} />}
        {step === 1 && <OrganizationStep form={form} />}
        {step === 2 && <AdminStep form={form} />}
        <Group justify="space-between">
          {step > 0 ? (
            <Button key="back" variant="default" onClick={() => setStep(step - 1)}>
              {t('common.back')}
            </Button>
          ) : (
            <span />
          )}
          {step < 2 ? (
            // Distinct keys: reusing one <button> would turn the clicked "Next" into "submit" mid-click.
            <Button key="next" onClick={next}>
              {t('common.next')}
            </Button>
          ) : (
            <Button key="submit" type="submit" loading={completeSetup.isPending}>
              {t('setup.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

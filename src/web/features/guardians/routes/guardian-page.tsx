import { Alert, Button, Group, Paper, Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { isApiError } from '../../../lib/api.ts';
import { currentLanguage, languageNames, languages, setLanguage } from '../../../lib/i18n.ts';
import { useGuardianPage } from '../api/get-guardian-page.ts';
import { GuardianConsentForm } from '../components/guardian-consent-form.tsx';
import { GuardianExplanation } from '../components/guardian-explanation.tsx';

const route = getRouteApi('/_public/guardian/$token');
const linkProblems = ['GUARDIAN_LINK_EXPIRED', 'GUARDIAN_LINK_USED', 'GUARDIAN_LINK_NOT_FOUND'] as const;

/** The page a guardian's emailed link opens, in the language the child chose (switchable). */
export function GuardianPage() {
  const { t } = useTranslation();
  const { token } = route.useParams();
  const { language: asked } = route.useSearch();
  const navigate = useNavigate();
  useEffect(() => {
    if (asked) void setLanguage(asked);
  }, [asked]);
  const language = currentLanguage();
  const page = useGuardianPage(token, language);

  let body = <Loading />;
  if (page.isError) {
    const problem = linkProblems.find((code) => isApiError(page.error, code));
    body = problem ? (
      <Alert color="red" variant="light" role="alert" title={t(`guardian.problems.${problem}.title`)}>
        {t(`guardian.problems.${problem}.body`)}
      </Alert>
    ) : (
      <ErrorAlert error={page.error} />
    );
  } else if (page.data) {
    body = (
      <Stack gap="xl">
        <GuardianExplanation page={page.data} />
        <GuardianConsentForm
          token={token}
          email={page.data.email}
          hasAccount={page.data.hasAccount}
          language={language}
          onConsented={() => void navigate({ to: '/' })}
        />
      </Stack>
    );
  }
  return (
    <Page title={t('guardian.title')}>
      <Group gap="xs" role="group" aria-label={t('language.label')}>
        {languages.map((option) => (
          <Button
            key={option}
            size="xs"
            lang={option}
            variant={option === language ? 'filled' : 'default'}
            aria-pressed={option === language}
            onClick={() => void setLanguage(option)}
          >
            {languageNames[option]}
          </Button>
        ))}
      </Group>
      <Paper withBorder p="lg" maw={720}>
        {body}
      </Paper>
    </Page>
  );
}

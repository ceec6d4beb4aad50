import { Alert, Paper, Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { isApiError } from '../../../lib/api.ts';
import { useInvitationPreview } from '../api/get-invitation-preview.ts';
import { ExistingAccountAccept } from '../components/existing-account-accept.tsx';
import { InvitationSummary } from '../components/invitation-summary.tsx';
import { NewAccountForm } from '../components/new-account-form.tsx';

const route = getRouteApi('/_public/invitations/$token');
const linkProblems = ['INVITATION_EXPIRED', 'INVITATION_USED', 'INVITATION_NOT_FOUND'] as const;

export function InvitationPage() {
  const { t } = useTranslation();
  const { token } = route.useParams();
  const navigate = useNavigate();
  const preview = useInvitationPreview(token);
  const onAccepted = () => void navigate({ to: '/' });

  let body = <Loading />;
  if (preview.isError) {
    const problem = linkProblems.find((code) => isApiError(preview.error, code));
    body = problem ? (
      <Stack>
        <Alert color="red" variant="light" role="alert" title={t(`invitation.problems.${problem}.title`)}>
          {t(`invitation.problems.${problem}.body`)}
        </Alert>
        <AnchorLink to="/sign-in">{t('common.goToSignIn')}</AnchorLink>
      </Stack>
    ) : (
      <ErrorAlert error={preview.error} />
    );
  } else if (preview.data) {
    body = (
      <Stack gap="lg">
        <InvitationSummary invitation={preview.data} />
        {preview.data.hasAccount ? (
          <ExistingAccountAccept token={token} email={preview.data.email} onAccepted={onAccepted} />
        ) : (
          <NewAccountForm token={token} onAccepted={onAccepted} />
        )}
      </Stack>
    );
  }
  return (
    <Page title={t('invitation.title')}>
      <Paper withBorder p="lg" maw={560}>
        {body}
      </Paper>
    </Page>
  );
}

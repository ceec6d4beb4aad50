import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { useMe } from '../../../lib/session/get-me.ts';
import { useSignOut } from '../../../lib/session/sign-out.ts';
import { useAcceptInvitation } from '../api/accept-invitation.ts';

interface Props {
  token: string;
  email: string;
  onAccepted: () => void;
}

/** The address has an account already: the role is added to it once its owner is signed in. */
export function ExistingAccountAccept({ token, email, onAccepted }: Props) {
  const { t } = useTranslation();
  const me = useMe().data;
  const accept = useAcceptInvitation();
  const signOut = useSignOut();
  const here = `/invitations/${token}`;

  if (!me) {
    return (
      <Stack>
        <Text>{t('invitation.signInFirst')}</Text>
        <AnchorLink to="/sign-in" search={{ next: here }}>
          {t('invitation.signInToAccept')}
        </AnchorLink>
      </Stack>
    );
  }
  if (me.email?.toLowerCase() !== email.toLowerCase()) {
    return (
      <Stack>
        <Text>{t('invitation.wrongAccount', { current: me.email ?? me.name, invited: email })}</Text>
        <Button variant="default" loading={signOut.isPending} onClick={() => signOut.mutate()}>
          {t('nav.signOut')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack>
      <Text>{t('invitation.signedInAs', { email: me.email })}</Text>
      <ErrorAlert error={accept.error} />
      <Button loading={accept.isPending} onClick={() => accept.mutate({ token }, { onSuccess: onAccepted })}>
        {t('invitation.accept')}
      </Button>
    </Stack>
  );
}

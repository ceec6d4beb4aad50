import { Stack, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import type { InvitationPreview } from '../api/get-invitation-preview.ts';

/** What the link offers: where, as what, for which address, until when. */
export function InvitationSummary({ invitation }: { invitation: InvitationPreview }) {
  const { t } = useTranslation();
  const role = t(`roles.${invitation.role}`);
  return (
    <Stack gap="xs">
      <Text size="lg">
        {invitation.programName ? (
          <Trans
            i18nKey="invitation.offerProgram"
            values={{ organization: invitation.organizationName, program: invitation.programName, role }}
            components={{ strong: <strong /> }}
          />
        ) : (
          <Trans
            i18nKey="invitation.offerOrganization"
            values={{ organization: invitation.organizationName, role }}
            components={{ strong: <strong /> }}
          />
        )}
      </Text>
      <Text>{t('invitation.forEmail', { email: invitation.email })}</Text>
      <Text size="sm" c="dimmed">
        {t('invitation.expires', { date: formatDate(invitation.expiresAt.slice(0, 10)) })}
      </Text>
    </Stack>
  );
}

import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { StatusBadge, type Tone } from '../../../components/status-badge.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useRevokeInvitation } from '../api/revoke-invitation.ts';
import type { Invitation, InvitationStatus, Program } from '../api/types.ts';

const toneOf: Record<InvitationStatus, Tone> = {
  open: 'pending',
  accepted: 'good',
  revoked: 'neutral',
  expired: 'bad',
};

export function InvitationsTable({
  orgId,
  invitations,
  programs,
}: {
  orgId: string;
  invitations: Invitation[];
  programs: Program[];
}) {
  const { t } = useTranslation();
  const revoke = useRevokeInvitation(orgId);
  const programName = new Map(programs.map((p) => [p.id, p.name]));
  if (invitations.length === 0) return <Text>{t('invitations.none')}</Text>;
  return (
    <Stack>
      <ErrorAlert error={revoke.error} />
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fields.email')}</Table.Th>
              <Table.Th scope="col">{t('fields.role')}</Table.Th>
              <Table.Th scope="col">{t('fields.program')}</Table.Th>
              <Table.Th scope="col">{t('fields.status')}</Table.Th>
              <Table.Th scope="col">{t('fields.expires')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Th scope="row" fw="normal">
                  {invitation.email}
                </Table.Th>
                <Table.Td>{t(`roles.${invitation.role}`)}</Table.Td>
                <Table.Td>
                  {invitation.programId
                    ? (invitation.programName ?? programName.get(invitation.programId) ?? '')
                    : t('members.wholeOrganization')}
                </Table.Td>
                <Table.Td>
                  <StatusBadge tone={toneOf[invitation.status]}>
                    {t(`invitations.status.${invitation.status}`)}
                  </StatusBadge>
                </Table.Td>
                <Table.Td>{formatDateTime(invitation.expiresAt)}</Table.Td>
                <Table.Td>
                  {invitation.status === 'open' && (
                    <ConfirmButton
                      label={t('invitations.withdraw')}
                      ariaLabel={t('invitations.withdrawLabel', { email: invitation.email })}
                      confirmLabel={t('invitations.confirmWithdraw')}
                      isPending={revoke.isPending && revoke.variables === invitation.id}
                      onConfirm={() => revoke.mutate(invitation.id)}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

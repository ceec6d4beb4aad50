import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useRevokeRole } from '../api/revoke-role.ts';
import type { Member } from '../api/types.ts';

/** One row per role held; removing a row takes that role away (the account stays). */
export function MembersTable({ orgId, members }: { orgId: string; members: Member[] }) {
  const { t } = useTranslation();
  const revoke = useRevokeRole(orgId);
  if (members.length === 0) return <Text>{t('members.none')}</Text>;
  return (
    <Stack>
      <ErrorAlert error={revoke.error} />
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fields.name')}</Table.Th>
              <Table.Th scope="col">{t('fields.email')}</Table.Th>
              <Table.Th scope="col">{t('fields.role')}</Table.Th>
              <Table.Th scope="col">{t('fields.program')}</Table.Th>
              <Table.Th scope="col">{t('fields.twoFactor')}</Table.Th>
              <Table.Th scope="col">{t('fields.since')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => {
              const role = t(`roles.${member.role}`);
              return (
                <Table.Tr key={member.assignmentId}>
                  <Table.Th scope="row" fw="normal">
                    {member.name}
                  </Table.Th>
                  <Table.Td>{member.email}</Table.Td>
                  <Table.Td>{role}</Table.Td>
                  <Table.Td>{member.programName ?? t('members.wholeOrganization')}</Table.Td>
                  <Table.Td>
                    <StatusBadge tone={member.twoFactorEnabled ? 'good' : 'neutral'}>
                      {member.twoFactorEnabled ? t('members.twoFactorOn') : t('members.twoFactorOff')}
                    </StatusBadge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(member.since)}</Table.Td>
                  <Table.Td>
                    <ConfirmButton
                      label={t('members.remove')}
                      ariaLabel={t('members.removeLabel', { role, name: member.name })}
                      confirmLabel={t('members.confirmRemove')}
                      isPending={revoke.isPending && revoke.variables === member.assignmentId}
                      onConfirm={() => revoke.mutate(member.assignmentId)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

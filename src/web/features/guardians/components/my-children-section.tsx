import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { Section } from '../../../components/section.tsx';
import { formatDayOf } from '../../../lib/format.ts';
import { useMyChildren } from '../api/list-my-children.ts';
import { useWithdrawGuardianConsent } from '../api/withdraw-guardian-consent.ts';
import { ChildMeetings } from './child-meetings.tsx';

/**
 * For guardians: each child's program, status and whether they are matched, the way to withdraw
 * consent, and each matched child's meetings. Nothing private.
 */
export function MyChildrenSection() {
  const { t } = useTranslation();
  const children = useMyChildren();
  const withdraw = useWithdrawGuardianConsent();
  if (!children.data || children.data.length === 0) return null;
  return (
    <Section title={t('guardian.childrenTitle')}>
      <Stack>
        <Text>{t('guardian.childrenExplain')}</Text>
        <ErrorAlert error={withdraw.error} />
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('guardian.child')}</Table.Th>
              <Table.Th scope="col">{t('guardian.program')}</Table.Th>
              <Table.Th scope="col">{t('guardian.status')}</Table.Th>
              <Table.Th scope="col">{t('guardian.matchColumn')}</Table.Th>
              <Table.Th scope="col">{t('guardian.consentColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {children.data.map((child) => (
              <Table.Tr key={child.guardianshipId}>
                <Table.Td>{child.childFirstName}</Table.Td>
                <Table.Td>
                  {child.programName} ({child.organizationName})
                </Table.Td>
                <Table.Td>{t(`participantStatus.${child.status}`)}</Table.Td>
                <Table.Td>
                  {child.matchedSince
                    ? t('guardian.matchedSince', { date: formatDayOf(child.matchedSince) })
                    : t('guardian.notMatched')}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <ConfirmButton
                      label={t('guardian.withdraw')}
                      ariaLabel={t('guardian.withdrawFor', { child: child.childFirstName })}
                      confirmLabel={t('guardian.confirmWithdraw')}
                      isPending={withdraw.isPending}
                      onConfirm={() => withdraw.mutate(child.guardianshipId)}
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {children.data
          .filter((child) => child.matchedSince !== null)
          .map((child) => (
            <ChildMeetings key={child.guardianshipId} child={child} />
          ))}
      </Stack>
    </Section>
  );
}

import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import type { UsernameAccountRow } from '../api/list-username-accounts.ts';

interface UsernameAccountsTableProps {
  accounts: UsernameAccountRow[];
  /** The account whose new code is being issued, if any. */
  pendingUserId: string | null;
  onIssue: (account: UsernameAccountRow) => void;
}

function CodeState({ code }: { code: UsernameAccountRow['latestSetupCode'] }) {
  const { t } = useTranslation();
  if (!code) return <Text size="sm">{t('usernameAccounts.noCode')}</Text>;
  if (code.isUsed) return <StatusBadge tone="good">{t('usernameAccounts.codeUsed')}</StatusBadge>;
  if (code.isExpired) {
    return (
      <StatusBadge tone="bad">
        {t('usernameAccounts.codeExpired', { date: formatDateTime(code.expiresAt) })}
      </StatusBadge>
    );
  }
  return (
    <StatusBadge tone="pending">{t('usernameAccounts.codeOpen', { date: formatDateTime(code.expiresAt) })}</StatusBadge>
  );
}

/** Who has set a password, the state of each newest code, and a new code for anyone who needs one. */
export function UsernameAccountsTable({ accounts, pendingUserId, onIssue }: UsernameAccountsTableProps) {
  const { t } = useTranslation();
  if (accounts.length === 0) return <Text>{t('usernameAccounts.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fields.name')}</Table.Th>
            <Table.Th scope="col">{t('youngAccounts.username')}</Table.Th>
            <Table.Th scope="col">{t('fields.role')}</Table.Th>
            <Table.Th scope="col">{t('fields.password')}</Table.Th>
            <Table.Th scope="col">{t('usernameAccounts.latestCode')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => (
            <Table.Tr key={`${account.userId}-${account.role}`}>
              <Table.Th scope="row" fw="normal">
                {account.name}
              </Table.Th>
              <Table.Td ff="monospace">{account.username}</Table.Td>
              <Table.Td>{t(`roles.${account.role}`)}</Table.Td>
              <Table.Td>
                <StatusBadge tone={account.hasPassword ? 'good' : 'neutral'}>
                  {account.hasPassword ? t('usernameAccounts.passwordSet') : t('usernameAccounts.passwordNotSet')}
                </StatusBadge>
              </Table.Td>
              <Table.Td>
                <CodeState code={account.latestSetupCode} />
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('usernameAccounts.issueFor', { name: account.name })}
                  loading={pendingUserId === account.userId}
                  onClick={() => onIssue(account)}
                >
                  {t('usernameAccounts.issue')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

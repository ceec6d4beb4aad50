import { Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { useProgram } from '../../organizations/api/get-program.ts';
import { type SetupCode, useReissueSetupCode } from '../api/create-username-account.ts';
import { type UsernameAccountRow, useUsernameAccounts } from '../api/list-username-accounts.ts';
import { CreateUsernameAccountForm } from '../components/create-username-account-form.tsx';
import { HandoverCard } from '../components/handover-card.tsx';
import { UsernameAccountsTable } from '../components/username-accounts-table.tsx';

const route = getRouteApi('/_app/programs/$programId/username-accounts');

/** What the handover card shows: whose account, and the code (this once). */
interface Issued {
  name: string;
  username: string;
  code: SetupCode;
}

/**
 * Program staff see the accounts of young people without email and hand any of them a new
 * one-time setup code (shown this once, on a card to read out or print), or create another account.
 */
export function UsernameAccountsPage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const program = useProgram(programId);
  const accounts = useUsernameAccounts(programId);
  const reissue = useReissueSetupCode();
  const [issued, setIssued] = useState<Issued | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const name = program.data?.name ?? '';
  // The button that asked is in the table or the form below: bring the card (and keyboard focus) to it.
  useEffect(() => {
    if (issued) cardRef.current?.focus();
  }, [issued]);
  const issue = (account: UsernameAccountRow) =>
    reissue.mutate(
      { programId, userId: account.userId },
      { onSuccess: (code) => setIssued({ name: account.name, username: account.username, code }) },
    );
  return (
    <Page
      title={t('usernameAccounts.title', { program: name })}
      intro={
        <AnchorLink to="/programs/$programId" params={{ programId }}>
          {t('participants.backToProgram', { program: name })}
        </AnchorLink>
      }
    >
      <Section title={t('usernameAccounts.listTitle')}>
        <Text>{t('usernameAccounts.intro')}</Text>
        <ErrorAlert error={reissue.error} />
        {issued && (
          <Stack ref={cardRef} tabIndex={-1} style={{ outline: 'none' }}>
            <HandoverCard
              key={issued.code.code}
              name={issued.name}
              username={issued.username}
              code={issued.code.code}
              expiresAt={issued.code.expiresAt}
            />
          </Stack>
        )}
        <QueryContent query={accounts}>
          {(list) => (
            <UsernameAccountsTable
              accounts={list}
              pendingUserId={reissue.isPending ? (reissue.variables?.userId ?? null) : null}
              onIssue={issue}
            />
          )}
        </QueryContent>
      </Section>
      <Section title={t('youngAccounts.title')}>
        <CreateUsernameAccountForm
          programId={programId}
          onCreated={(account) =>
            setIssued({ name: account.name, username: account.username, code: account.setupCode })
          }
        />
      </Section>
    </Page>
  );
}

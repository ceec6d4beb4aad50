import { Group, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryContent } from '../../../components/query-content.tsx';
import { AUDIT_PAGE_SIZE, type AuditEvent } from '../api/types.ts';
import { AuditTable } from './audit-table.tsx';

interface Props {
  query: UseQueryResult<AuditEvent[]>;
  before: number | undefined;
  /** Links to the page holding events before a sequence number, and to the newest page. */
  olderLink: (before: number) => ReactNode;
  newestLink: ReactNode;
}

/** A page of the log with "older" and "newest" links; pages are keyed by sequence number. */
export function AuditLog({ query, before, olderLink, newestLink }: Props) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text>{t('audit.explain')}</Text>
      <QueryContent query={query}>
        {(events) => {
          const oldest = events.at(-1);
          const hasOlder = events.length === AUDIT_PAGE_SIZE && oldest !== undefined && oldest.seq > 1;
          return (
            <>
              <AuditTable events={events} />
              <Group component="nav" aria-label={t('audit.pages')}>
                {before !== undefined && newestLink}
                {hasOlder && olderLink(oldest.seq)}
              </Group>
            </>
          );
        }}
      </QueryContent>
    </Stack>
  );
}

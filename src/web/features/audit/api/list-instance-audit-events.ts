import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { AUDIT_PAGE_SIZE, type AuditEvent } from './types.ts';

/** The instance chain (setup, organizations, sign-ins), newest first. */
export const listInstanceAuditEvents = (before?: number) =>
  api<AuditEvent[]>('/api/instance/audit-events', { query: { before, limit: AUDIT_PAGE_SIZE } });

export const useInstanceAuditEvents = (before?: number) =>
  useQuery({
    queryKey: ['instance', 'audit-events', before ?? 'newest'],
    queryFn: () => listInstanceAuditEvents(before),
    placeholderData: keepPreviousData,
  });

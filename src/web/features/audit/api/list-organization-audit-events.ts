import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { AUDIT_PAGE_SIZE, type AuditEvent } from './types.ts';

/** The organization's chain, newest first; `before` pages back from a sequence number. */
export const listOrganizationAuditEvents = (orgId: string, before?: number) =>
  api<AuditEvent[]>(`/api/organizations/${orgId}/audit-events`, { query: { before, limit: AUDIT_PAGE_SIZE } });

export const useOrganizationAuditEvents = (orgId: string, before?: number) =>
  useQuery({
    queryKey: ['organizations', orgId, 'audit-events', before ?? 'newest'],
    queryFn: () => listOrganizationAuditEvents(orgId, before),
    placeholderData: keepPreviousData,
  });

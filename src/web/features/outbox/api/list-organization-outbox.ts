import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { OutboxMail } from './types.ts';

/** Mail written for the organization's people, newest first. Each read is audited. */
export const listOrganizationOutbox = (orgId: string) => api<OutboxMail[]>(`/api/organizations/${orgId}/outbox`);

export const useOrganizationOutbox = (orgId: string) =>
  useQuery({ queryKey: ['organizations', orgId, 'outbox'], queryFn: () => listOrganizationOutbox(orgId) });

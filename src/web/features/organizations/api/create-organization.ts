import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Organization, OrganizationKind } from './types.ts';

export interface CreateOrganizationInput {
  name: string;
  kind: OrganizationKind;
  timeZone: string;
  /** Invites this address as the organization's first admin. */
  adminEmail?: string;
}

export interface CreatedOrganization extends Organization {
  /** The first admin's invitation link, given to the inviter only when mail stays in the outbox. */
  adminInvitationUrl: string | null;
}

export const createOrganization = (input: CreateOrganizationInput) =>
  api<CreatedOrganization>('/api/organizations', { method: 'POST', body: input });

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    // Not awaited: the form clears first, then the list shows the new row.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Language } from '../../../lib/i18n.ts';
import type { Role } from '../../../lib/session/get-me.ts';
import type { Invitation } from './types.ts';

export interface CreateInvitationInput {
  email: string;
  role: Role;
  /** Required for coordinators, mentors and mentees; null for admins and safeguarding leads. */
  programId: string | null;
  /** The language of the invitation email. */
  locale: Language;
}

export interface CreatedInvitation extends Invitation {
  /** The link itself, for the inviter to pass on, when mail stays in the outbox (no SMTP). */
  url: string | null;
}

export const createInvitation = (orgId: string, input: CreateInvitationInput) =>
  api<CreatedInvitation>(`/api/organizations/${orgId}/invitations`, { method: 'POST', body: input });

/** Invites into any organization the caller may invite into (instance admins: admins of any). */
export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ orgId, ...input }: CreateInvitationInput & { orgId: string }) => createInvitation(orgId, input),
    // Not awaited: the form clears first, then the list shows the new row.
    onSuccess: (_invitation, { orgId }) => {
      void queryClient.invalidateQueries({ queryKey: ['organizations', orgId] });
    },
  });
}

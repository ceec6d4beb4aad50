import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Role } from '../../../lib/session/get-me.ts';

export interface InvitationPreview {
  organizationName: string;
  programName: string | null;
  role: Role;
  email: string;
  hasAccount: boolean;
  expiresAt: string;
}

export const invitationPreviewKey = (token: string) => ['invitation', token] as const;

export const getInvitationPreview = (token: string) =>
  api<InvitationPreview>(`/api/invitations/${encodeURIComponent(token)}`);

// Expired, used and unknown links are answers, not glitches: never retry them.
export const useInvitationPreview = (token: string) =>
  useQuery({ queryKey: invitationPreviewKey(token), queryFn: () => getInvitationPreview(token), retry: false });

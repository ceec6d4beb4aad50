import { api } from '../../../lib/api.ts';
import type { Proposal } from './types.ts';
import { useScheduleMutation } from './use-schedule-mutation.ts';

export const declineProposal = ({ proposalId, reason }: { proposalId: string; reason: string }) =>
  api<Proposal>(`/api/proposals/${proposalId}/decline`, { method: 'POST', body: { reason } });

/** The other of the pair declines a proposed time, saying why. */
export const useDeclineProposal = (matchId: string) => useScheduleMutation(matchId, declineProposal);

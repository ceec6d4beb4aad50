import { api } from '../../../lib/api.ts';
import type { Proposal } from './types.ts';
import { useScheduleMutation } from './use-schedule-mutation.ts';

export const withdrawProposal = (proposalId: string) =>
  api<Proposal>(`/api/proposals/${proposalId}/withdrawal`, { method: 'POST' });

/** The proposer takes their proposal back. */
export const useWithdrawProposal = (matchId: string) => useScheduleMutation(matchId, withdrawProposal);

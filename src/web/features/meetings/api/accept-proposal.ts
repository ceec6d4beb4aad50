import { api } from '../../../lib/api.ts';
import type { Proposal } from './types.ts';
import { useScheduleMutation } from './use-schedule-mutation.ts';

export const acceptProposal = (proposalId: string) =>
  api<Proposal>(`/api/proposals/${proposalId}/acceptance`, { method: 'POST' });

/** The other of the pair accepts a proposed time: the meeting is planned or moved. */
export const useAcceptProposal = (matchId: string) => useScheduleMutation(matchId, acceptProposal);

import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { AgreementStatus } from './types.ts';

export const getAgreementStatus = (participantId: string) =>
  api<AgreementStatus>(`/api/participants/${participantId}/agreement-acknowledgements`);

export const agreementStatusQueryOptions = (participantId: string) =>
  queryOptions({
    queryKey: ['participants', participantId, 'agreement'],
    queryFn: () => getAgreementStatus(participantId),
  });

/** Whether the participant acknowledged the current version, and every acknowledgement so far. */
export const useAgreementStatus = (participantId: string) => useQuery(agreementStatusQueryOptions(participantId));

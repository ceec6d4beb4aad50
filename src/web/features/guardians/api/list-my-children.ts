import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface MyChild {
  guardianshipId: string;
  participantId: string;
  childFirstName: string;
  role: 'mentor' | 'mentee';
  status: string;
  programName: string;
  organizationName: string;
  consentedAt: string;
}

export const listMyChildren = () => api<MyChild[]>('/api/me/children');

export const useMyChildren = () => useQuery({ queryKey: ['my-children'], queryFn: listMyChildren });

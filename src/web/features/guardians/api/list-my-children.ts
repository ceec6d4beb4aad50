import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** A meeting as a guardian sees it: when, where, whether it took place; nothing of the pair's own. */
export interface ChildMeeting {
  id: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** 'unconfirmed': it has started and the pair have not yet agreed on what happened. */
  status: 'planned' | 'unconfirmed' | 'held' | 'not-held' | 'cancelled';
  location: string | null;
  videoCall: boolean;
}

export interface MyChild {
  guardianshipId: string;
  participantId: string;
  childFirstName: string;
  role: 'mentor' | 'mentee';
  status: string;
  programName: string;
  organizationName: string;
  consentedAt: string;
  matchedSince: string | null;
  meetings: ChildMeeting[];
}

export const listMyChildren = () => api<MyChild[]>('/api/me/children');

export const useMyChildren = () => useQuery({ queryKey: ['my-children'], queryFn: listMyChildren });

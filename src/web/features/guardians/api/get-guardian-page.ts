import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Language } from '../../../lib/i18n.ts';

export interface GuardianPageData {
  language: Language;
  email: string;
  hasAccount: boolean;
  expiresAt: string;
  childFirstName: string;
  role: 'mentor' | 'mentee';
  guardianConsentAge: number;
  programName: string;
  programDescription: string;
  organizationName: string;
  about: string;
  dataKept: string[];
  guardianSees: string;
  agreement: { version: number; language: string; body: string } | null;
}

export const getGuardianPage = (token: string, language: Language) =>
  api<GuardianPageData>(`/api/guardian-links/${encodeURIComponent(token)}`, { query: { language } });

// Expired, used and unknown links are answers, not glitches: never retry them.
export const useGuardianPage = (token: string, language: Language) =>
  useQuery({
    queryKey: ['guardian-link', token, language],
    queryFn: () => getGuardianPage(token, language),
    retry: false,
  });

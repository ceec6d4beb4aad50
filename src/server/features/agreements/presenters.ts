import { z } from 'zod';
import type { consents } from '../participants/tables.ts';
import type { AgreementText } from './find-current-agreement-version.ts';

type Consent = typeof consents.$inferSelect;

export const agreementOut = z.object({
  /** This text (version and language): what a person names when they acknowledge it for a match. */
  id: z.string(),
  programId: z.string(),
  version: z.number(),
  language: z.string(),
  /** Languages this version is published in. */
  languages: z.array(z.string()),
  body: z.string(),
  publishedAt: z.string(),
});

export const publishedOut = z.object({
  programId: z.string(),
  version: z.number(),
  languages: z.array(z.string()),
  publishedAt: z.string(),
});

export const acknowledgementOut = z.object({
  id: z.string(),
  version: z.number(),
  language: z.string(),
  acknowledgedAt: z.string(),
  withdrawnAt: z.string().nullable(),
});

export const agreementStatusOut = z.object({
  participantId: z.string(),
  currentVersion: z.number().nullable(),
  hasAcknowledgedCurrent: z.boolean(),
  acknowledgements: z.array(acknowledgementOut),
});

export const presentAgreement = ({ text, languages }: { text: AgreementText; languages: string[] }) => ({
  id: text.id,
  programId: text.programId,
  version: text.version,
  language: text.language,
  languages,
  body: text.body,
  publishedAt: text.createdAt.toISOString(),
});

export const presentPublished = (p: {
  programId: string;
  version: number;
  languages: string[];
  publishedAt: Date;
}): z.infer<typeof publishedOut> => ({ ...p, publishedAt: p.publishedAt.toISOString() });

export const presentAcknowledgement = (c: Consent): z.infer<typeof acknowledgementOut> => ({
  id: c.id,
  version: Number(c.textVersion),
  language: c.language,
  acknowledgedAt: c.givenAt.toISOString(),
  withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
});

export const presentAgreementStatus = (s: {
  participant: { id: string };
  currentVersion: number | null;
  hasAcknowledgedCurrent: boolean;
  acknowledgements: Consent[];
}): z.infer<typeof agreementStatusOut> => ({
  participantId: s.participant.id,
  currentVersion: s.currentVersion,
  hasAcknowledgedCurrent: s.hasAcknowledgedCurrent,
  acknowledgements: s.acknowledgements.map(presentAcknowledgement),
});

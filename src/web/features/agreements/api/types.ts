// The agreement shapes the server returns (src/server/features/agreements/presenters.ts).

export interface Agreement {
  /** This text (version and language): what a person names when they acknowledge it for a match. */
  id: string;
  programId: string;
  version: number;
  /** The language of `body`: the one asked for when this version exists in it. */
  language: string;
  languages: string[];
  body: string;
  publishedAt: string;
}

export interface Acknowledgement {
  id: string;
  version: number;
  language: string;
  acknowledgedAt: string;
  withdrawnAt: string | null;
}

export interface AgreementStatus {
  participantId: string;
  currentVersion: number | null;
  hasAcknowledgedCurrent: boolean;
  acknowledgements: Acknowledgement[];
}

// The shapes of the commitments API (src/server/features/commitments/commitment-routes.ts).

export type CommitmentOwner = 'mentor' | 'mentee';

/** What program staff see: whether it was kept, never what it was. */
export interface StaffCommitment {
  id: string;
  owner: CommitmentOwner;
  dueDate: string;
  dueAt: string;
  completedAt: string | null;
  keptOnTime: boolean | null;
  overdue: boolean;
}

/** What the pair see: also the words, and what the reader may do. */
export interface PairCommitment extends StaffCommitment {
  /** Null when the words were erased. */
  text: string | null;
  createdBy: CommitmentOwner;
  createdAt: string;
  canComplete: boolean;
  canDelete: boolean;
}

export type Commitment = StaffCommitment | PairCommitment;

export const isPairCommitment = (c: Commitment): c is PairCommitment => 'createdBy' in c;

export const commitmentsKey = (matchId: string) => ['matches', matchId, 'commitments'] as const;

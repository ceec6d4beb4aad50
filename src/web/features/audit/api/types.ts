/** One link of an audit chain (src/server/features/audit/routes.ts). People appear as pseudonyms. */
export interface AuditEvent {
  id: string;
  seq: number;
  occurredAt: string;
  /** A pseudonym, or "operator", "anonymous" or "system". */
  actor: string;
  /** The current member behind the pseudonym, when the reader may know it. */
  actorName: string | null;
  action: string;
  targetType: string | null;
  target: string | null;
  targetName: string | null;
  outcome: 'success' | 'denied' | 'failed';
  details: Record<string, string | number | boolean | null>;
  hash: string;
}

export const AUDIT_PAGE_SIZE = 50;

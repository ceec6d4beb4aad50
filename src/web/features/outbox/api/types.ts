/** An email Trellis wrote (src/server/features/mail/routes.ts). */
export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  /** "kept" when there is no mail server; queued, sent or failed when there is one. */
  status: 'kept' | 'queued' | 'sent' | 'failed';
  createdAt: string;
  sentAt: string | null;
}

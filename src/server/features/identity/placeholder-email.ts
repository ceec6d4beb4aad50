/**
 * better-auth needs a unique, non-null email; people with a username only get an address under
 * the reserved `.invalid` top-level domain (RFC 2606), which can never be delivered to.
 */
const PLACEHOLDER_DOMAIN = 'users.trellis.invalid';

export function placeholderEmailFor(username: string): string {
  return `${username}@${PLACEHOLDER_DOMAIN}`;
}

/** True for any address under `.invalid`: no mail may ever be sent to it. */
export function isUndeliverableEmail(email: string): boolean {
  return email.trim().toLowerCase().endsWith('.invalid');
}

/** What the API and UI show as a person's email: nothing for username-only accounts. */
export function presentableEmail(email: string): string | null {
  return isUndeliverableEmail(email) ? null : email;
}

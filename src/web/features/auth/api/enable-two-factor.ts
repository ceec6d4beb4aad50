import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface TwoFactorSecret {
  /** otpauth://totp/… — what the QR code holds. */
  totpURI: string;
  backupCodes: string[];
}

/** Starts enrolment: needs the password again; two-factor is on only after a code is verified. */
export const enableTwoFactor = (password: string) =>
  api<TwoFactorSecret>('/api/auth/two-factor/enable', { method: 'POST', body: { password } });

export const useEnableTwoFactor = () => useMutation({ mutationFn: enableTwoFactor });

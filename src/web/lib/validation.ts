import { i18n } from './i18n.ts';

// Client-side checks mirror the server's rules so people learn of a problem before sending.
const t = i18n.t.bind(i18n);

export const PASSWORD_MIN = 10;

export const required = (value: unknown) => (String(value ?? '').trim() ? null : t('validation.required'));

export const email = (value: string) =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : t('validation.email');

export const password = (value: string) =>
  value.length >= PASSWORD_MIN ? null : t('validation.passwordLength', { min: PASSWORD_MIN });

export const sameAs = (other: string) => (value: string) => (value === other ? null : t('validation.passwordsDiffer'));

export const totpCode = (value: string) => (/^\d{6}$/.test(value.trim()) ? null : t('validation.totpCode'));

export const minLength = (length: number) => (value: string) =>
  value.trim().length >= length ? null : t('validation.minLength', { min: length });

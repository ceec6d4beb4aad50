import i18next, { type i18n } from 'i18next';
import { en } from '../features/mail/locales/en.ts';
import { es } from '../features/mail/locales/es.ts';

export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];

let instance: i18n | null = null;

/** Server-side strings (emails) go through i18next like the web app's: English complete, Spanish ready. */
export function serverI18n(): i18n {
  if (instance) return instance;
  instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    fallbackLng: 'en',
    resources: { en: { translation: en }, es: { translation: es } },
    interpolation: { escapeValue: false },
  });
  return instance;
}

export function translate(locale: string, key: string, vars: Record<string, string> = {}): string {
  const lng = (locales as readonly string[]).includes(locale) ? locale : 'en';
  return serverI18n().t(key, { lng, ...vars });
}

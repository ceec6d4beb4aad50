import en from '../../../src/web/locales/en.json' with { type: 'json' };
import es from '../../../src/web/locales/es.json' with { type: 'json' };

// The web app's own dictionaries, so one walk through the pages works in every language.

export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];
const dictionaries: Record<Language, unknown> = { en, es };

/** The string a page shows for `key` in `language`, with {{placeholders}} filled in. */
export function text(language: Language, key: string, values: Record<string, string> = {}): string {
  const found = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], dictionaries[language]);
  if (typeof found !== 'string') throw new Error(`no string ${key} in ${language}`);
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);
}

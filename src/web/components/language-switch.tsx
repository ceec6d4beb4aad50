import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, languageNames, languages, setLanguage } from '../lib/i18n.ts';
import { useMe } from '../lib/session/get-me.ts';
import { useUpdateMe } from '../lib/session/update-me.ts';

/** Changes the language at once; for a signed-in person it is also saved to their account. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const me = useMe().data;
  const updateMe = useUpdateMe();
  const choose = async (value: string) => {
    if (!isLanguage(value)) return;
    await setLanguage(value);
    if (me && me.locale !== value) updateMe.mutate({ locale: value });
  };
  return (
    <NativeSelect
      aria-label={t('language.label')}
      size="xs"
      value={currentLanguage()}
      onChange={(event) => void choose(event.currentTarget.value)}
      w={120}
    >
      {languages.map((language) => (
        <option key={language} value={language} lang={language}>
          {languageNames[language]}
        </option>
      ))}
    </NativeSelect>
  );
}

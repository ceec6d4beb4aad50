import { Outlet } from '@tanstack/react-router';
import { useEffect } from 'react';
import { currentLanguage, setLanguage } from '../lib/i18n.ts';
import { useMe } from '../lib/session/get-me.ts';

/** The account's language wins once someone is signed in (they chose it, perhaps on another device). */
function useAccountLanguage() {
  const locale = useMe().data?.locale;
  useEffect(() => {
    if (locale && locale !== currentLanguage()) void setLanguage(locale);
  }, [locale]);
}

export function RootLayout() {
  useAccountLanguage();
  return <Outlet />;
}

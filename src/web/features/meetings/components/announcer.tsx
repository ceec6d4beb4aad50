import { Text } from '@mantine/core';
import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => {});

/**
 * One polite live region for the page: what each change did is said there (and shown), so a
 * screen reader hears the result of a button pressed anywhere on the page.
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => {
    // Cleared first, so the same words said twice are read twice.
    setMessage('');
    queueMicrotask(() => setMessage(next));
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      <Text role="status" aria-live="polite" fw={600} c="trellis.9">
        {message}
      </Text>
      {children}
    </AnnounceContext.Provider>
  );
}

/** Says what a change did, in the page's live region. */
export const useAnnounce = () => useContext(AnnounceContext);

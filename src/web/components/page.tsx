import { Stack, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { usePageTitle } from '../lib/page-title.ts';

let hasRenderedAPage = false;

interface PageProps {
  /** The browser tab's title; also the heading unless `heading` differs. */
  title: string;
  heading?: ReactNode;
  /** Shown beside the heading, e.g. a short explanation. */
  intro?: ReactNode;
  children?: ReactNode;
}

/**
 * One page: its title, its single h1 and its content. After an in-app navigation focus moves to
 * the heading, so screen-reader and keyboard users land at the start of the new page.
 */
export function Page({ title, heading, intro, children }: PageProps) {
  usePageTitle(title);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (hasRenderedAPage) headingRef.current?.focus({ preventScroll: false });
    hasRenderedAPage = true;
  }, []);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1} ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
          {heading ?? title}
        </Title>
        {intro}
      </Stack>
      {children}
    </Stack>
  );
}

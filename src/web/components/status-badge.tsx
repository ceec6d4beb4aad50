import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

export type Tone = 'good' | 'bad' | 'pending' | 'neutral';
const colorOf: Record<Tone, string> = { good: 'trellis', bad: 'red', pending: 'blue', neutral: 'gray' };

/** A status in words (never colour alone), tinted so the text keeps at least 4.5:1 contrast. */
export function StatusBadge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <Badge variant="light" color={colorOf[tone]} radius="sm" tt="none">
      {children}
    </Badge>
  );
}

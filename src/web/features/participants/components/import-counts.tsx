import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/status-badge.tsx';
import type { ImportPreview } from '../api/preview-participant-import.ts';

const outcomes = [
  ['create', 'good'],
  ['update', 'pending'],
  ['unchanged', 'neutral'],
  ['rejected', 'bad'],
] as const satisfies [string, Tone][];

/** What the import would do, one badge per outcome, as a list so screen readers count them. */
export function ImportCounts({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const count = (outcome: (typeof outcomes)[number][0]) =>
    outcome === 'rejected' ? preview.rejected : preview.actions[outcome];
  return (
    <Group
      component="ul"
      gap="xs"
      aria-label={t('participantImport.countsLabel')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {outcomes.map(([outcome, tone]) => (
        <li key={outcome}>
          <StatusBadge tone={tone}>{t(`participantImport.count.${outcome}`, { n: count(outcome) })}</StatusBadge>
        </li>
      ))}
    </Group>
  );
}

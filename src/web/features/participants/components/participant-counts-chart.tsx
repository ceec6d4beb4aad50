import { BarChart } from '@mantine/charts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ParticipantList, participantRoles, participantStatuses } from '../api/types.ts';

/**
 * How many participants the whole program has in each status; the sentence under it says the
 * same in words (the chart itself is one image to screen readers).
 */
export function ParticipantCountsChart({ counts }: { counts: ParticipantList['counts'] }) {
  const { t } = useTranslation();
  if (counts.total === 0) return null;
  const data = participantStatuses
    .filter((status) => counts.byStatus[status] > 0)
    .map((status) => ({ status: t(`participantStatus.${status}`), count: counts.byStatus[status] }));
  const byStatus = data.map((d) => `${d.status} ${d.count}`).join(', ');
  const byRole = participantRoles.map((role) => `${t(`roles.${role}`)} ${counts.byRole[role]}`).join(', ');
  const summary = t('participants.countsSummary', { total: counts.total, byStatus, byRole });
  return (
    <Stack gap="xs">
      <BarChart
        h={Math.max(140, data.length * 40 + 40)}
        data={data}
        dataKey="status"
        orientation="vertical"
        yAxisProps={{ width: 150 }}
        xAxisProps={{ allowDecimals: false }}
        series={[{ name: 'count', label: t('participants.count'), color: 'trellis.7' }]}
        role="img"
        aria-label={summary}
      />
      <Text size="sm">{summary}</Text>
    </Stack>
  );
}

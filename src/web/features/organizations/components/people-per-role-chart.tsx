import { BarChart } from '@mantine/charts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Role, roles } from '../../../lib/session/get-me.ts';
import type { Member } from '../api/types.ts';

const roleColors: Record<Role, string> = {
  admin: 'gray.7',
  safeguarding_lead: 'red.8',
  coordinator: 'blue.7',
  mentor: 'trellis.7',
  mentee: 'violet.6',
};

/**
 * How many people hold each role in each program (organization-wide roles in their own bar):
 * the balance of mentors to mentees is easier to see than to read. The table below has the same facts.
 */
export function PeoplePerRoleChart({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  const wholeOrganization = t('members.wholeOrganization');
  const rows = new Map<string, Record<string, string | number>>();
  for (const member of members) {
    const group = member.programName ?? wholeOrganization;
    const row = rows.get(group) ?? { group, ...Object.fromEntries(roles.map((role) => [role, 0])) };
    row[member.role] = Number(row[member.role]) + 1;
    rows.set(group, row);
  }
  const present = roles.filter((role) => members.some((m) => m.role === role));
  const summary = [...rows.values()]
    .map((row) => `${row.group}: ${present.map((role) => `${t(`roles.${role}`)} ${row[role]}`).join(', ')}`)
    .join('; ');
  if (members.length === 0) return null;
  return (
    <Stack gap="xs">
      <BarChart
        h={Math.max(160, rows.size * 56 + 60)}
        data={[...rows.values()]}
        dataKey="group"
        orientation="vertical"
        type="stacked"
        withLegend
        yAxisProps={{ width: 140 }}
        xAxisProps={{ allowDecimals: false }}
        series={present.map((role) => ({ name: role, label: t(`roles.${role}`), color: roleColors[role] }))}
        role="img"
        aria-label={t('members.chartLabel', { summary })}
      />
      <Text size="sm" c="dimmed">
        {t('members.chartNote')}
      </Text>
    </Stack>
  );
}

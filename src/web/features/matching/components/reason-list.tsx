import { List, type MantineSize, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Reason } from '../api/types.ts';
import { type ReasonReader, useReasonText } from './use-reason-text.ts';

/** A pair's reasons as a list of phrases, or a sentence when there are none. */
export function ReasonList({
  reasons,
  reader,
  size = 'sm',
}: {
  reasons: Reason[];
  reader: ReasonReader;
  size?: MantineSize;
}) {
  const { t } = useTranslation();
  const text = useReasonText(reader);
  if (reasons.length === 0) return <Text size={size}>{t('matchReasons.none')}</Text>;
  return (
    <List size={size} spacing={2}>
      {reasons.map((reason, index) => (
        // The same phrase can repeat (two private experiences), so the position keeps keys unique.
        // biome-ignore lint/suspicious/noArrayIndexKey: reasons have no id and never reorder
        <List.Item key={`${reason.code}-${index}`}>{text(reason)}</List.Item>
      ))}
    </List>
  );
}

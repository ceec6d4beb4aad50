import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RunProgress } from '../api/start-matching-run.ts';

/**
 * How far a running match has got. The bar shows every step; the status line, which screen readers
 * announce, changes only with the stage and each tenth, so it is not read out hundreds of times.
 */
export function RunProgressView({ progress, isRunning }: { progress: RunProgress | null; isRunning: boolean }) {
  const { t } = useTranslation();
  const percent = progress && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;
  const stage = progress ? t(`matching.run.stages.${progress.stage}`) : t('matching.run.starting');
  return (
    <Stack gap="xs" maw={520}>
      {isRunning && <Progress value={percent} size="lg" aria-label={t('matching.run.progressLabel', { stage })} />}
      {/* Always in the page, so that screen readers hear each change of it. */}
      <Text role="status" size="sm">
        {isRunning && t('matching.run.progress', { stage, percent: Math.floor(percent / 10) * 10 })}
      </Text>
    </Stack>
  );
}

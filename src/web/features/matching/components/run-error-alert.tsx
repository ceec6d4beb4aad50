import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isApiError } from '../../../lib/api.ts';
import { type Pair, type RuleOut, ruleOuts } from '../api/types.ts';

const pinProblems = [
  'unknown-mentee',
  'unknown-mentor',
  'mentee-pinned-twice',
  'mentor-over-capacity',
  'impossible-pair',
];

interface RunErrorAlertProps {
  error: unknown;
  /** The pins the run was asked to keep, to name the one refused. */
  pins: Pair[];
  nameOf: (participantId: string) => string;
}

/**
 * Why a run was refused, in words: which pin cannot be kept and why, or that nobody can be
 * matched. A streamed refusal carries the server's sentence only (it names the pair), so that is
 * shown when the details are missing.
 */
export function RunErrorAlert({ error, pins, nameOf }: RunErrorAlertProps) {
  const { t } = useTranslation();
  if (!isApiError(error, 'PIN_NOT_POSSIBLE')) return <ErrorAlert error={error} />;
  const { pin: index, problem, ruledOutBy } = error.details;
  const pin = typeof index === 'number' ? pins[index] : undefined;
  let sentence = error.message;
  if (pin && typeof problem === 'string' && pinProblems.includes(problem)) {
    const rules = (Array.isArray(ruledOutBy) ? ruledOutBy : []).filter((r): r is RuleOut =>
      (ruleOuts as readonly unknown[]).includes(r),
    );
    sentence = t(`matching.pinProblems.${problem}`, {
      mentee: nameOf(pin.menteeId),
      mentor: nameOf(pin.mentorId),
      rules: rules.map((rule) => t(`matching.ruleNames.${rule}`)).join(', '),
    });
  }
  return (
    <Alert color="red" variant="light" role="alert" title={t('matching.pinNotPossibleTitle')}>
      <Text size="sm">{sentence}</Text>
      <Text size="sm">{t('matching.pinNotPossibleHint')}</Text>
    </Alert>
  );
}

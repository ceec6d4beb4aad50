import { Button, Checkbox, Group, Stack, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkdownLesson } from '../../training/components/markdown-lesson.tsx';
import type { MatchAgreement } from '../api/types.ts';

interface MatchAgreementFormProps {
  agreement: MatchAgreement;
  /** The button's words, e.g. "Accept this match" or "Ask Ana to be my mentor". */
  submitLabel: string;
  isPending: boolean;
  /** The refusal, shown above the box (an ErrorAlert or a more specific one). */
  error: ReactNode;
  onSubmit: (agreementVersionId: string) => void;
}

/**
 * The program's confidentiality agreement for one match, and the deliberate step of keeping it:
 * the box must be ticked before the match is accepted (or a mentor asked).
 */
export function MatchAgreementForm({ agreement, submitLabel, isPending, error, onSubmit }: MatchAgreementFormProps) {
  const { t } = useTranslation();
  const [hasRead, setHasRead] = useState(false);
  const [showMissing, setShowMissing] = useState(false);
  const checkboxId = `match-agreement-${agreement.versionId}`;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!hasRead) {
      setShowMissing(true);
      document.getElementById(checkboxId)?.focus();
      return;
    }
    onSubmit(agreement.versionId);
  };
  return (
    <Stack>
      <Title order={3}>{t('match.agreement.heading', { version: agreement.version })}</Title>
      <div lang={agreement.language}>
        <MarkdownLesson body={agreement.body} />
      </div>
      <form onSubmit={submit} noValidate aria-label={t('match.agreement.formLabel')}>
        <Stack maw={720}>
          {error}
          <Checkbox
            id={checkboxId}
            label={t('match.agreement.confirm')}
            checked={hasRead}
            error={showMissing && !hasRead ? t('agreement.tickFirst') : undefined}
            onChange={(event) => setHasRead(event.currentTarget.checked)}
          />
          <Group>
            <Button type="submit" loading={isPending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

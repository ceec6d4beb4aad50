import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useCompleteCommitment } from '../api/complete-commitment.ts';
import { useDeleteCommitment } from '../api/delete-commitment.ts';
import { useCommitments } from '../api/list-commitments.ts';
import { type Commitment, type CommitmentOwner, isPairCommitment } from '../api/types.ts';
import { CommitmentForm } from './commitment-form.tsx';

interface CommitmentsSectionProps {
  matchId: string;
  /** Null for program staff, who see whether commitments were kept but not their words. */
  mySide: CommitmentOwner | null;
  canChange: boolean;
  names: Record<CommitmentOwner, string>;
  defaultDueDate: string;
  announce: (message: string) => void;
}

function CommitmentStatus({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation();
  if (commitment.completedAt) {
    return (
      <StatusBadge tone={commitment.keptOnTime ? 'good' : 'neutral'}>
        {t(commitment.keptOnTime ? 'commitments.status.doneOnTime' : 'commitments.status.doneLate')}
      </StatusBadge>
    );
  }
  if (commitment.overdue) return <StatusBadge tone="bad">{t('commitments.status.overdue')}</StatusBadge>;
  return <StatusBadge tone="pending">{t('commitments.status.open')}</StatusBadge>;
}

/** What each of the pair said they would do, whose it is, by when, and whether it was done. */
export function CommitmentsSection({
  matchId,
  mySide,
  canChange,
  names,
  defaultDueDate,
  announce,
}: CommitmentsSectionProps) {
  const { t } = useTranslation();
  const commitments = useCommitments(matchId);
  const complete = useCompleteCommitment(matchId);
  const remove = useDeleteCommitment(matchId);
  const [isAdding, setIsAdding] = useState(false);
  const ownerName = (owner: CommitmentOwner) => (owner === mySide ? t('commitments.you') : names[owner]);
  return (
    <Section title={t('commitments.title')}>
      {mySide === null && <Text size="sm">{t('commitments.staffExplain')}</Text>}
      <QueryContent query={commitments}>
        {(list) =>
          list.length === 0 ? (
            <Text>{t('commitments.none')}</Text>
          ) : (
            <Stack
              component="ul"
              gap="xs"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label={t('commitments.title')}
            >
              {list.map((c) => {
                const words = isPairCommitment(c) ? (c.text ?? t('commitments.erased')) : t('commitments.hidden');
                return (
                  <Paper component="li" key={c.id} withBorder p="sm" aria-label={words}>
                    <Group justify="space-between" wrap="wrap" align="flex-start">
                      <Stack gap={2}>
                        <Text fw={600}>{words}</Text>
                        <Text size="sm">
                          {t('commitments.line', { owner: ownerName(c.owner), due: formatDate(c.dueDate) })}
                        </Text>
                      </Stack>
                      <Group gap="xs">
                        <CommitmentStatus commitment={c} />
                        {isPairCommitment(c) && c.canComplete && (
                          <Button
                            size="xs"
                            loading={complete.isPending && complete.variables === c.id}
                            aria-label={t('commitments.markDoneLabel', { text: words })}
                            onClick={() =>
                              complete.mutate(c.id, {
                                onSuccess: () => announce(t('commitments.markedDone', { text: words })),
                              })
                            }
                          >
                            {t('commitments.markDone')}
                          </Button>
                        )}
                        {isPairCommitment(c) && c.canDelete && (
                          <ConfirmButton
                            label={t('commitments.remove')}
                            ariaLabel={t('commitments.removeLabel', { text: words })}
                            confirmLabel={t('commitments.confirmRemove')}
                            isPending={remove.isPending && remove.variables === c.id}
                            onConfirm={() =>
                              remove.mutate(c.id, {
                                onSuccess: () => announce(t('commitments.removed', { text: words })),
                              })
                            }
                          />
                        )}
                      </Group>
                    </Group>
                  </Paper>
                );
              })}
            </Stack>
          )
        }
      </QueryContent>
      <ErrorAlert error={complete.error} />
      <ErrorAlert error={remove.error} />
      {canChange && mySide && !isAdding && (
        <Button variant="default" style={{ alignSelf: 'flex-start' }} onClick={() => setIsAdding(true)}>
          {t('commitments.add')}
        </Button>
      )}
      {canChange && mySide && isAdding && (
        <CommitmentForm
          matchId={matchId}
          mySide={mySide}
          otherName={names[mySide === 'mentor' ? 'mentee' : 'mentor']}
          defaultDueDate={defaultDueDate}
          onDone={(message) => {
            announce(message);
            setIsAdding(false);
          }}
          onCancel={() => setIsAdding(false)}
        />
      )}
    </Section>
  );
}

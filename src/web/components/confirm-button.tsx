import { Button, Group } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  /** What the first button says, e.g. "Remove". */
  label: string;
  /** The full accessible name, e.g. "Remove the mentor role from Ana". */
  ariaLabel: string;
  confirmLabel: string;
  onConfirm: () => void;
  isPending?: boolean;
}

/**
 * A destructive action asks once more, in place, rather than in a modal dialog. Once confirmed,
 * the confirming button stays, busy, until the action has finished (so it cannot be sent twice),
 * then the first button comes back.
 */
export function ConfirmButton({ label, ariaLabel, confirmLabel, onConfirm, isPending }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [isAsking, setIsAsking] = useState(false);
  const [isConfirmed, setIsConfirmed] = useState(false);
  const wasPending = useRef(false);
  useEffect(() => {
    if (isConfirmed && wasPending.current && !isPending) {
      setIsAsking(false);
      setIsConfirmed(false);
    }
    wasPending.current = Boolean(isPending);
  }, [isConfirmed, isPending]);
  if (!isAsking) {
    return (
      <Button size="xs" variant="default" aria-label={ariaLabel} onClick={() => setIsAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        color="red"
        loading={isConfirmed}
        onClick={() => {
          onConfirm();
          // Without a pending state to follow, there is nothing to wait for.
          if (isPending === undefined) setIsAsking(false);
          else setIsConfirmed(true);
        }}
      >
        {confirmLabel}
      </Button>
      <Button size="xs" variant="default" disabled={isConfirmed && isPending} onClick={() => setIsAsking(false)}>
        {t('common.cancel')}
      </Button>
    </Group>
  );
}

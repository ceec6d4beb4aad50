import { Button, Group } from '@mantine/core';
import { useState } from 'react';
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

/** A destructive action asks once more, in place, rather than in a modal dialog. */
export function ConfirmButton({ label, ariaLabel, confirmLabel, onConfirm, isPending }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [isAsking, setIsAsking] = useState(false);
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
        loading={isPending}
        onClick={() => {
          onConfirm();
          setIsAsking(false);
        }}
      >
        {confirmLabel}
      </Button>
      <Button size="xs" variant="default" onClick={() => setIsAsking(false)}>
        {t('common.cancel')}
      </Button>
    </Group>
  );
}

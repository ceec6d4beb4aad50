import { Button, Group } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/section.tsx';
import type { Program } from '../api/types.ts';
import { EditProgramForm } from './edit-program-form.tsx';
import { ProgramDetails } from './program-details.tsx';

/**
 * A program's facts; its organization's admins can switch them to a form in place. Focus follows:
 * into the first field on opening, back to the button on closing.
 */
export function ProgramDetailsSection({ program, canEdit }: { program: Program; canEdit: boolean }) {
  const { t } = useTranslation();
  const [isEditing, setIsEditing] = useState(false);
  const editingRef = useRef<HTMLDivElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const hasToggled = useRef(false);
  useEffect(() => {
    if (!hasToggled.current) return;
    if (isEditing) editingRef.current?.querySelector('input')?.focus();
    else editButtonRef.current?.focus();
  }, [isEditing]);
  const toggle = (next: boolean) => {
    hasToggled.current = true;
    setIsEditing(next);
  };
  return (
    <Section title={t('program.detailsTitle')}>
      {isEditing ? (
        <div ref={editingRef}>
          <EditProgramForm program={program} onClose={() => toggle(false)} />
        </div>
      ) : (
        <>
          <ProgramDetails program={program} />
          {canEdit && (
            <Group>
              <Button ref={editButtonRef} variant="default" onClick={() => toggle(true)}>
                {t('program.edit')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Section>
  );
}

import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef } from 'react';

/**
 * A one-time-code field that takes focus when it appears: it only appears after the person
 * acted (sent their password, switched to a recovery code), so moving them to it is expected.
 */
export function CodeInput({ isTotp, ...props }: TextInputProps & { isTotp: boolean }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <TextInput
      ref={ref}
      autoComplete={isTotp ? 'one-time-code' : 'off'}
      inputMode={isTotp ? 'numeric' : 'text'}
      maxLength={isTotp ? 6 : 32}
      spellCheck={false}
      required
      {...props}
    />
  );
}

import {
  type CSSVariablesResolver,
  createTheme,
  type MantineColorsTuple,
  NativeSelect,
  NumberInput,
  PasswordInput,
  Select,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';

// A deep green: shade 8 (the primary) gives white text 6.5:1, above WCAG AA for any text size.
const trellis: MantineColorsTuple = [
  '#eef8f2',
  '#d6efe0',
  '#aedfc2',
  '#82cfa2',
  '#5dc086',
  '#43b574',
  '#2f9e5f',
  '#23804c',
  '#1b6b3f',
  '#125230',
];

export const theme = createTheme({
  primaryColor: 'trellis',
  primaryShade: 8,
  colors: { trellis },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  // People who ask their system for less motion get dialogs, menus and popovers without fading
  // and sliding (WCAG 2.3.3).
  respectReducedMotion: true,
  // Nearly every field is required, so the few optional ones say "(optional)" instead of
  // starring the rest; labels then read (and match in tests) exactly as written.
  components: {
    TextInput: TextInput.extend({ defaultProps: { withAsterisk: false } }),
    PasswordInput: PasswordInput.extend({ defaultProps: { withAsterisk: false } }),
    NativeSelect: NativeSelect.extend({ defaultProps: { withAsterisk: false } }),
    Select: Select.extend({ defaultProps: { withAsterisk: false } }),
    NumberInput: NumberInput.extend({ defaultProps: { withAsterisk: false } }),
    Textarea: Textarea.extend({ defaultProps: { withAsterisk: false } }),
    DatePickerInput: DatePickerInput.extend({ defaultProps: { withAsterisk: false } }),
  },
});

// Mantine's defaults for dimmed text (gray 6) and errors (red 6) fall below 4.5:1 on white.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': 'var(--mantine-color-trellis-8)',
  },
  dark: {},
});

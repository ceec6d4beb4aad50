import { afterEach, beforeEach, vi } from 'vitest';

// console.error in a test fails it unless the test expects it (STYLE.md "Tests").
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (errors.length > 0) throw new Error(`console.error was called: ${errors.map((e) => e.join(' ')).join('\n')}`);
});

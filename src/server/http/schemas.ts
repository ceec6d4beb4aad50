import { z } from 'zod';

// Shared route schema pieces: one error shape, ids, and the transaction helper's input types.
export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()) }),
});

export const errorResponses = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
  410: errorBody,
  429: errorBody,
};

export const id = z.uuid({ message: 'must be an id (UUID)' });
export const isoDate = z.iso.date({ message: 'must be a date like 2026-09-01' });
export const timestamp = z
  .date()
  .transform((d) => d.toISOString())
  .pipe(z.string());

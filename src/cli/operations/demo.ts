import { z } from 'zod';
import type { Operation } from './registry.ts';

const input = z.object({});
export const demoOperation: Operation<typeof input> = {
  input,
  async run() {
    throw new Error('demo: being written');
  },
};

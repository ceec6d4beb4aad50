import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { loadShippedModules } from './shipped-modules.ts';
import { trainingModules } from './tables.ts';

/** A new program starts with the five shipped modules (each required as its file says), in positions 1–5. */
export async function installShippedModules(tx: Tx, ctx: Ctx, programId: string): Promise<void> {
  const now = ctx.clock.now();
  await tx.insert(trainingModules).values(
    loadShippedModules().map((m, index) => ({
      id: newId(),
      programId,
      slug: m.slug,
      title: m.title,
      summary: m.summary,
      body: m.body,
      questions: m.questions,
      passMark: m.passMark,
      isRequired: m.required,
      position: index + 1,
      createdAt: now,
      updatedAt: now,
    })),
  );
}

import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testAppPerTest } from '../../../test/support/test-app.ts';
import { auditEvents } from '../features/audit/tables.ts';
import { user } from '../features/identity/tables.ts';
import { newId } from '../lib/ids.ts';
import { insertMany, isUniqueViolation } from './insert-many.ts';

const t = testAppPerTest();
// What a spreadsheet or a JSON detail can hold that an array's text form must escape.
const awkward = [
  'a,b',
  'quote " here',
  'back\\slash',
  'both \\" end\\',
  '{brace}',
  'NULL',
  '',
  'ünïcode ✓ 😀',
  'new\nline',
];

describe('insertMany', () => {
  it('writes every row as given, database defaults where a column is left out, on both engines', async () => {
    const { db } = t().database;
    const rows = awkward.map((name, i) => ({
      id: newId(),
      name,
      email: `u${i}@x.example`,
      username: i % 2 ? null : `user${i}`,
      emailVerified: i % 3 === 0,
    }));
    expect(await db.transaction((tx) => insertMany(tx, user, rows))).toBe(rows.length);
    const stored = await db
      .select()
      .from(user)
      .where(
        inArray(
          user.id,
          rows.map((r) => r.id),
        ),
      );
    expect(stored).toHaveLength(rows.length);
    for (const row of rows) {
      expect(stored.find((s) => s.id === row.id)).toMatchObject({ ...row, locale: 'en', createdAt: expect.any(Date) });
    }
  });

  it('keeps JSON details and millisecond times exactly, so audit hashes recompute', async () => {
    const { db } = t().database;
    const occurredAt = new Date('2026-01-02T03:04:05.678Z');
    const rows = awkward.map((w, i) => ({
      id: newId(),
      chain: 'insert-many-test',
      seq: i + 1,
      organizationId: null,
      occurredAt,
      actor: 'operator',
      action: 'test',
      targetType: null,
      target: null,
      outcome: 'success' as const,
      details: { w, n: i, yes: true, none: null },
      prevHash: 'p',
      hash: 'h',
    }));
    await db.transaction((tx) => insertMany(tx, auditEvents, rows));
    const stored = await db.select().from(auditEvents).where(eq(auditEvents.chain, 'insert-many-test'));
    for (const row of rows) expect(stored.find((s) => s.id === row.id)).toEqual(row);
  });

  it('counts what ON CONFLICT DO NOTHING skipped; without it, reports the unique violation', async () => {
    const { db } = t().database;
    const rows = [0, 1].map((i) => ({ id: newId(), name: `P${i}`, email: `p${i}@x.example` }));
    await db.transaction((tx) => insertMany(tx, user, rows));
    expect(await db.transaction((tx) => insertMany(tx, user, rows, { onConflictDoNothing: true }))).toBe(0);
    const failed = await db.transaction((tx) => insertMany(tx, user, rows)).catch((error: unknown) => error);
    expect(isUniqueViolation(failed)).toBe(true);
  });
});

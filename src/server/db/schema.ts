// Every table, for Drizzle's typed queries and for drizzle-kit. Features own their tables.
export * from '../features/audit/tables.ts';
export * from '../features/commitments/tables.ts';
export * from '../features/identity/tables.ts';
export * from '../features/keys/tables.ts';
export * from '../features/mail/tables.ts';
export * from '../features/matching/tables.ts';
export * from '../features/meetings/tables.ts';
export * from '../features/notifications/tables.ts';
export * from '../features/organizations/tables.ts';
export * from '../features/participants/tables.ts';
export * from '../features/setup/tables.ts';
export * from '../features/training/tables.ts';
export * from '../http/tables.ts';

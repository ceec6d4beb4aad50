import { v7 } from 'uuid';

/** UUIDv7: time-ordered, made in the application so nothing leaks counts (ARCHITECTURE.md). */
export function newId(): string {
  return v7();
}

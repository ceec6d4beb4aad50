/**
 * Work on rows shared between threads (row-threads.ts): the rows are cut into blocks, and each
 * thread takes the next block from a shared counter until none is left, so a thread that starts
 * late or runs slowly simply does fewer. Each row is done by the same code whoever takes it, so
 * the result is byte for byte the one a single thread computes.
 *
 * `control` (an Int32Array on a SharedArrayBuffer): [NEXT_BLOCK] the next block to take,
 * [ROWS_DONE] rows finished by all threads, then one state per block (BLOCK_STATES + b).
 */
export const NEXT_BLOCK = 0;
export const ROWS_DONE = 1;
export const BLOCK_STATES = 2;
export const BLOCK_OPEN = 0;
export const BLOCK_DONE = 1;
/** A worker failed inside the block: the main thread scores it again. */
export const BLOCK_ABANDONED = 2;

export function controlFor(blocks: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * (BLOCK_STATES + blocks)));
}

/** Takes and does blocks until none is left; `afterBlock` runs after each one this thread finished. */
export function runClaimedBlocks(
  doRow: (i: number) => void,
  control: Int32Array,
  rows: number,
  blockRows: number,
  afterBlock: () => void = () => {},
): void {
  const blocks = control.length - BLOCK_STATES;
  for (;;) {
    const block = Atomics.add(control, NEXT_BLOCK, 1);
    if (block >= blocks) return;
    try {
      runBlock(doRow, block, rows, blockRows);
    } catch (error) {
      Atomics.store(control, BLOCK_STATES + block, BLOCK_ABANDONED);
      Atomics.notify(control, BLOCK_STATES + block);
      throw error;
    }
    Atomics.add(control, ROWS_DONE, Math.min(rows, (block + 1) * blockRows) - block * blockRows);
    Atomics.store(control, BLOCK_STATES + block, BLOCK_DONE);
    Atomics.notify(control, BLOCK_STATES + block);
    afterBlock();
  }
}

export function runBlock(doRow: (i: number) => void, block: number, rows: number, blockRows: number): void {
  const to = Math.min(rows, (block + 1) * blockRows);
  for (let i = block * blockRows; i < to; i++) doRow(i);
}

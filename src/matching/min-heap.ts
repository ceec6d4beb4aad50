/**
 * A binary min-heap of (key, item) pairs in typed arrays, for the solver's shortest-path searches
 * (stale entries are skipped by the caller rather than decreased in place). Among equal keys the
 * order depends only on the order of pushes, so the searches are deterministic.
 */
export class MinHeap {
  private keys: Float64Array;
  private items: Int32Array;
  size = 0;

  constructor(initialCapacity = 1024) {
    this.keys = new Float64Array(initialCapacity);
    this.items = new Int32Array(initialCapacity);
  }

  clear(): void {
    this.size = 0;
  }

  /** The smallest key; only when size > 0. */
  topKey(): number {
    return this.keys[0]!;
  }

  push(key: number, item: number): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    const items = this.items;
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[at] = keys[parent]!;
      items[at] = items[parent]!;
      at = parent;
    }
    keys[at] = key;
    items[at] = item;
  }

  /** Removes the item with the smallest key and returns it; only when size > 0. */
  pop(): number {
    const keys = this.keys;
    const items = this.items;
    const top = items[0]!;
    const last = --this.size;
    const key = keys[last]!;
    const item = items[last]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= last) break;
      if (child + 1 < last && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= key) break;
      keys[at] = keys[child]!;
      items[at] = items[child]!;
      at = child;
    }
    keys[at] = key;
    items[at] = item;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const items = new Int32Array(this.items.length * 2);
    keys.set(this.keys);
    items.set(this.items);
    this.keys = keys;
    this.items = items;
  }
}

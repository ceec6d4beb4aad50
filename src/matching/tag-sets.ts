// Tags (experiences, goals and strengths, interests, languages) as small integers, so scoring a
// pair is a few bit tests: each mentee's tags as a list, each mentor's as a bitset of `words`
// 32-bit words. Scoring loops over the mentee's few tags and tests the mentor's bits.

/** One tag kind: mentee lists (`start`/`items`, CSR) against mentor bitsets. */
export interface TagSets {
  /** Tag ids in order of first appearance, mentors first. */
  tags: string[];
  /** Mentee i's tag ids are `items[start[i]] … items[start[i + 1] - 1]`, in the order listed. */
  start: Int32Array;
  items: Int32Array;
  /** Mentor j's bitset is `bits[j * words] … bits[j * words + words - 1]`. */
  bits: Int32Array;
  words: number;
  /** How many tags each mentor has. */
  mentorSizes: Int32Array;
  /**
   * Mentee i's tags as bitset words: for k from `wordStart[i]` to `wordStart[i + 1] - 1`, word
   * number `wordIndex[k]` (ascending) holds `wordBits[k]`. Only words with a tag are listed, so
   * a pair is tested with one AND per word the mentee uses, however large the vocabulary.
   */
  wordStart: Int32Array;
  wordIndex: Int32Array;
  wordBits: Int32Array;
  /** The mentors with tag t, ascending: `holders[holderStart[t]] … holders[holderStart[t + 1] - 1]`. */
  holderStart: Int32Array;
  holders: Int32Array;
}

export function buildTagSets(mentorTags: readonly string[][], menteeTags: readonly string[][]): TagSets {
  const ids = new Map<string, number>();
  const tags: string[] = [];
  const idOf = (tag: string) => {
    let id = ids.get(tag);
    if (id === undefined) {
      id = tags.length;
      ids.set(tag, id);
      tags.push(tag);
    }
    return id;
  };
  const mentorIds = mentorTags.map((list) => list.map(idOf));
  const menteeIds = menteeTags.map((list) => list.map(idOf));
  const words = Math.max(1, Math.ceil(tags.length / 32));
  const bits = new Int32Array(mentorIds.length * words);
  const mentorSizes = new Int32Array(mentorIds.length);
  mentorIds.forEach((list, mentor) => {
    for (const id of list) bits[mentor * words + (id >>> 5)]! |= 1 << (id & 31);
    mentorSizes[mentor] = list.length;
  });
  const start = new Int32Array(menteeIds.length + 1);
  menteeIds.forEach((list, mentee) => {
    start[mentee + 1] = start[mentee]! + list.length;
  });
  const items = new Int32Array(start[menteeIds.length]!);
  menteeIds.forEach((list, mentee) => {
    items.set(list, start[mentee]!);
  });
  // Each mentee's words in ascending order: its ids sorted, one word per run of equal `id >>> 5`.
  const wordStart = new Int32Array(menteeIds.length + 1);
  const wordIndex = new Int32Array(items.length);
  const wordBits = new Int32Array(items.length);
  let used = 0;
  menteeIds.forEach((list, mentee) => {
    const sorted = Int32Array.from(list).sort();
    for (let k = 0; k < sorted.length; k++) {
      const word = sorted[k]! >>> 5;
      if (used === wordStart[mentee] || wordIndex[used - 1] !== word) {
        wordIndex[used] = word;
        wordBits[used++] = 0;
      }
      wordBits[used - 1]! |= 1 << (sorted[k]! & 31);
    }
    wordStart[mentee + 1] = used;
  });
  const holderStart = new Int32Array(tags.length + 1);
  for (const list of mentorIds) for (const id of list) holderStart[id + 1]!++;
  for (let t = 0; t < tags.length; t++) holderStart[t + 1]! += holderStart[t]!;
  const holders = new Int32Array(holderStart[tags.length]!);
  const fill = holderStart.slice(0, tags.length);
  mentorIds.forEach((list, mentor) => {
    for (const id of list) holders[fill[id]!++] = mentor;
  });
  return { tags, start, items, bits, words, mentorSizes, wordStart, wordIndex, wordBits, holderStart, holders };
}

/** Whether mentor `mentor` has tag `id`. */
export function mentorHasTag(sets: TagSets, mentor: number, id: number): boolean {
  return (sets.bits[mentor * sets.words + (id >>> 5)]! & (1 << (id & 31))) !== 0;
}

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
  // Ids assigned mentors first, then mentees, each in list order (tag ids decide the order in
  // which scoring adds experiences up, so they must not depend on anything else).
  const mentorIds = flatIds(mentorTags, idOf);
  const { start, items } = flatIds(menteeTags, idOf);
  const words = Math.max(1, Math.ceil(tags.length / 32));
  const bits = new Int32Array(mentorTags.length * words);
  const mentorSizes = new Int32Array(mentorTags.length);
  for (let mentor = 0; mentor < mentorTags.length; mentor++) {
    for (let k = mentorIds.start[mentor]!; k < mentorIds.start[mentor + 1]!; k++) {
      const id = mentorIds.items[k]!;
      bits[mentor * words + (id >>> 5)]! |= 1 << (id & 31);
    }
    mentorSizes[mentor] = mentorIds.start[mentor + 1]! - mentorIds.start[mentor]!;
  }
  // Each mentee's words in ascending order: its ids sorted, one word per run of equal `id >>> 5`.
  const wordStart = new Int32Array(menteeTags.length + 1);
  const wordIndex = new Int32Array(items.length);
  const wordBits = new Int32Array(items.length);
  let used = 0;
  // One scratch array for the sorting (a typed array per mentee would be tens of thousands of allocations).
  let sorted = new Int32Array(16);
  for (let mentee = 0; mentee < menteeTags.length; mentee++) {
    const from = start[mentee]!;
    const length = start[mentee + 1]! - from;
    if (sorted.length < length) sorted = new Int32Array(length);
    for (let k = 0; k < length; k++) {
      // Insertion sort: a mentee lists a handful of tags.
      const id = items[from + k]!;
      let at = k;
      while (at > 0 && sorted[at - 1]! > id) {
        sorted[at] = sorted[at - 1]!;
        at--;
      }
      sorted[at] = id;
    }
    for (let k = 0; k < length; k++) {
      const word = sorted[k]! >>> 5;
      if (used === wordStart[mentee] || wordIndex[used - 1] !== word) {
        wordIndex[used] = word;
        wordBits[used++] = 0;
      }
      wordBits[used - 1]! |= 1 << (sorted[k]! & 31);
    }
    wordStart[mentee + 1] = used;
  }
  const holderStart = new Int32Array(tags.length + 1);
  for (const id of mentorIds.items) holderStart[id + 1]!++;
  for (let t = 0; t < tags.length; t++) holderStart[t + 1]! += holderStart[t]!;
  const holders = new Int32Array(holderStart[tags.length]!);
  const fill = holderStart.slice(0, tags.length);
  for (let mentor = 0; mentor < mentorTags.length; mentor++) {
    for (let k = mentorIds.start[mentor]!; k < mentorIds.start[mentor + 1]!; k++) {
      holders[fill[mentorIds.items[k]!]!++] = mentor;
    }
  }
  return { tags, start, items, bits, words, mentorSizes, wordStart, wordIndex, wordBits, holderStart, holders };
}

/** Whether mentor `mentor` has tag `id`. */
export function mentorHasTag(sets: TagSets, mentor: number, id: number): boolean {
  return (sets.bits[mentor * sets.words + (id >>> 5)]! & (1 << (id & 31))) !== 0;
}

/** The lists' tags as ids, flattened (CSR): list p is `items[start[p]] … items[start[p + 1] - 1]`. */
function flatIds(lists: readonly string[][], idOf: (tag: string) => number): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  for (let p = 0; p < lists.length; p++) start[p + 1] = start[p]! + lists[p]!.length;
  const items = new Int32Array(start[lists.length]!);
  let at = 0;
  for (const list of lists) for (const tag of list) items[at++] = idOf(tag);
  return { start, items };
}

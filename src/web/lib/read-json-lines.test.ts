import { describe, expect, it } from 'vitest';
import { readJsonLines } from './read-json-lines.ts';

/** A body that arrives in the given pieces, as a slow network would deliver it. */
function bodyOf(...pieces: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece));
      controller.close();
    },
  });
}

async function all(body: ReadableStream<Uint8Array>): Promise<unknown[]> {
  const values: unknown[] = [];
  for await (const value of readJsonLines(body)) values.push(value);
  return values;
}

describe('readJsonLines', () => {
  it('yields each line once it is complete, however the body is cut into pieces', async () => {
    const values = await all(bodyOf('{"type":"progress","do', 'ne":1}\n{"type":"su', 'mmary"}\n'));
    expect(values).toEqual([{ type: 'progress', done: 1 }, { type: 'summary' }]);
  });

  it('reads a last line without its newline and skips blank lines', async () => {
    expect(await all(bodyOf('{"a":1}\n\n', '{"b":2}'))).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('decodes a character split between two pieces', async () => {
    const bytes = new TextEncoder().encode('{"name":"José"}\n');
    const cut = bytes.indexOf(0xc3) + 1;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    expect(await all(body)).toEqual([{ name: 'José' }]);
  });
});

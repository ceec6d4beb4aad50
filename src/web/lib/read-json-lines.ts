/**
 * Each value of a newline-delimited JSON body (application/x-ndjson), as soon as its line has
 * arrived: a long operation's progress shows while the rest of the answer is still on its way.
 */
export async function* readJsonLines(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  // A reader, not `for await` over the stream: Safari cannot iterate a ReadableStream.
  const reader = body.getReader();
  // Streaming, so a character whose bytes arrive in two pieces is decoded whole.
  const decoder = new TextDecoder();
  let pending = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      pending += done ? decoder.decode() : decoder.decode(value, { stream: true });
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') yield JSON.parse(line);
      if (done) break;
    }
    if (pending.trim() !== '') yield JSON.parse(pending);
  } finally {
    reader.releaseLock();
  }
}

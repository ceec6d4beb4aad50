export interface LiveEvent {
  event: string;
  data: unknown;
}

/**
 * A page's EventSource on `GET /api/live`, over real HTTP: `open` returns once the server sent
 * its first bytes (it listens for changes from then on); `next` waits for the next event, in order.
 */
export class LiveStream {
  readonly status: number;
  readonly headers: Headers;
  /** Everything received so far, comments and the retry hint included. */
  text = '';
  private readonly events: LiveEvent[] = [];
  private readonly waiting: ((event: LiveEvent | null) => void)[] = [];
  private readonly controller: AbortController;
  private isEnded = false;
  private markFirstBytes: () => void = () => {};
  private readonly firstBytes = new Promise<void>((resolve) => {
    this.markFirstBytes = resolve;
  });
  readonly ended: Promise<void>;

  private constructor(response: Response, controller: AbortController) {
    this.status = response.status;
    this.headers = response.headers;
    this.controller = controller;
    this.ended = this.read(response);
  }

  /** Opens the stream with the given cookies and waits for the server's first bytes. */
  static async open(url: string, cookies: Map<string, string>): Promise<LiveStream> {
    const controller = new AbortController();
    const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, { headers: { accept: 'text/event-stream', cookie }, signal: controller.signal });
    const stream = new LiveStream(response, controller);
    if (response.ok) await stream.firstBytes;
    return stream;
  }

  private async read(response: Response): Promise<void> {
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        const text = decoder.decode(chunk as Uint8Array, { stream: true });
        this.text += text;
        this.markFirstBytes();
        buffer += text;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          this.take(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // Aborted by close(), or the server went away: either way the stream has ended.
    } finally {
      this.isEnded = true;
      this.markFirstBytes();
      for (const resolve of this.waiting.splice(0)) resolve(null);
    }
  }

  private take(block: string): void {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trim());
    }
    if (data.length === 0) return; // a comment or the retry hint
    const received = { event, data: JSON.parse(data.join('\n')) };
    const resolve = this.waiting.shift();
    if (resolve) resolve(received);
    else this.events.push(received);
  }

  /** The next event; null when the stream ended first. */
  next(): Promise<LiveEvent | null> {
    const queued = this.events.shift();
    if (queued) return Promise.resolve(queued);
    if (this.isEnded) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async close(): Promise<void> {
    this.controller.abort();
    await this.ended;
  }
}

/** An EventSource-like "match-changed" event, as the server sends it. */
export const matchChanged = (matchId: string, what: string): LiveEvent => ({
  event: 'match-changed',
  data: { matchId, what },
});

// A GraphQL-over-SSE client for tests: subscribes with a POST (Accept: text/event-stream), the way
// GraphiQL and the explorer do, and reads the stream's `next` events one at a time.
export interface SseResult<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface Subscription<T> {
  status: number;
  /** The next result; null once the server has completed the stream. */
  next(): Promise<SseResult<T> | null>;
  /** Closes the stream from the client's side. */
  close(): Promise<void>;
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export async function subscribe<T = Record<string, any>>(
  fetchFn: Fetch,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Subscription<T>> {
  const response = await fetchFn(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const reader = response.body?.getReader();
  if (!reader) throw new Error(`no stream: ${response.status}`);
  const decoder = new TextDecoder();
  let buffer = "";
  const queued: Array<SseResult<T> | null> = [];

  /** Moves complete events from the buffer to the queue. */
  function drain() {
    for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = block
        .split("\n")
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(5).trimStart())
        .join("\n");
      if (event === "next") queued.push(JSON.parse(data) as SseResult<T>);
      else if (event === "complete") queued.push(null);
    }
  }

  return {
    status: response.status,
    async next() {
      for (;;) {
        drain();
        if (queued.length > 0) return queued.shift() as SseResult<T> | null;
        const chunk = await reader.read();
        if (chunk.done) return null;
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    async close() {
      await reader.cancel().catch(() => undefined);
    },
  };
}

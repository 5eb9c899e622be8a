// Live updates: a GraphQL subscription over Server-Sent Events, read from fetch. It is a POST
// with the headers the server's CSRF prevention asks for (an EventSource cannot send them), in
// graphql-yoga's "distinct connections" mode: one HTTP response per subscription, whose body is
// `event: next` / `data: {…}` blocks until `event: complete`. When the stream ends or fails it
// reconnects with exponential backoff; aborting the signal (the user went elsewhere) closes it.
import { isAbort } from "./api.js";
import type { TypedDocumentString } from "./generated/graphql.js";

export type LiveState = "connecting" | "live" | "reconnecting";

export interface LiveOptions<Result> {
  signal: AbortSignal;
  onData(data: Result): void;
  onState(state: LiveState, detail?: string): void;
  /** Called when a stream opens after a failed or ended one: what changed meanwhile was not announced. */
  onReconnect?(): void;
}

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;
/** A stream that stayed open this long counts as healthy: the next failure waits the least again. */
const HEALTHY_MS = 30_000;

export async function subscribe<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: LiveOptions<Result>,
): Promise<void> {
  const { signal } = options;
  let failures = 0;
  while (!signal.aborted) {
    options.onState(failures ? "reconnecting" : "connecting");
    let problem: string;
    const openedAt = Date.now();
    try {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { accept: "text/event-stream", "content-type": "application/json", "x-graphql-yoga-csrf": "1" },
        body: JSON.stringify({ query: document.toString(), variables }),
        signal,
      });
      if (!response.ok || !response.body || !response.headers.get("content-type")?.includes("text/event-stream"))
        throw new Error(`the server answered ${response.status}`);
      options.onState("live");
      // The view read its data before the first attempt; after a failed or ended one, changes may have been missed.
      if (failures) options.onReconnect?.();
      for await (const event of readEvents(response.body)) {
        if (event.type === "complete") break;
        if (event.type !== "next" || !event.data) continue;
        const payload = JSON.parse(event.data) as { data?: Result | null; errors?: { message: string }[] };
        if (payload.errors?.length) throw new Error(payload.errors.map((error) => error.message).join("; "));
        if (payload.data) options.onData(payload.data);
      }
      problem = "the stream ended";
    } catch (error) {
      if (signal.aborted || isAbort(error)) return;
      problem = (error as Error).message;
    }
    failures = Date.now() - openedAt > HEALTHY_MS ? 1 : failures + 1;
    const wait = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1));
    options.onState("reconnecting", `${problem}; retrying in ${Math.round(wait / 1000)} s`);
    await sleep(wait, signal);
  }
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

interface ServerSentEvent {
  type: string;
  data: string;
}

/** The events of a text/event-stream body; comments (keep-alive pings) are skipped. */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer = (buffer + decoder.decode(value, { stream: true })).replaceAll("\r\n", "\n");
      let end = buffer.indexOf("\n\n");
      while (end >= 0) {
        const event = parseEvent(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (event) yield event;
        end = buffer.indexOf("\n\n");
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

function parseEvent(block: string): ServerSentEvent | null {
  let type = "message";
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (!line || line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") type = value;
    else if (field === "data") data.push(value);
  }
  return data.length || type !== "message" ? { type, data: data.join("\n") } : null;
}

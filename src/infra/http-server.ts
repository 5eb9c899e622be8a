// The HTTP server's own limits and its drain on shutdown. Node's defaults let a client hold a
// connection for 300 s by sending its body slowly, with no cap on connections, so slow clients
// could use up the process's file descriptors; these settings bound both.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createNetServer, Server as NetServer } from "node:net";
import compression from "compression";
import type { Env } from "./env.js";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * gzip or brotli (quality 4) for clients that accept them, on every compressible response of a
 * kilobyte or more: GraphiQL's 9 MB page, JSON results, the CSV and Popolo exports as they stream.
 */
const compress = compression() as unknown as (
  request: IncomingMessage,
  response: ServerResponse,
  next: () => void,
) => void;

export interface HttpServer {
  server: Server;
  /**
   * Stops accepting connections and waits until every open one has closed: requests in flight
   * finish, each response from now on says `Connection: close`, and idle keep-alive connections
   * end at their timeout. After `graceMs` the rest are cut.
   */
  drain(graceMs: number): Promise<void>;
}

/** Fails with a sentence to show the user when the port cannot be listened on (taken, or not permitted). */
export async function checkPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = createNetServer();
  await new Promise<void>((resolve, reject) => {
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `port ${port} is already in use; set PORT to a free port`
            : `cannot listen on ${host}:${port} (${error.code}); set PORT or HOST`,
        ),
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

export function createHttpServer(
  handler: Handler,
  env: Pick<
    Env,
    "HTTP_HEADERS_TIMEOUT_MS" | "HTTP_REQUEST_TIMEOUT_MS" | "HTTP_KEEP_ALIVE_TIMEOUT_MS" | "HTTP_MAX_CONNECTIONS"
  >,
): HttpServer {
  let draining = false;
  const server = createServer(
    {
      headersTimeout: env.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeout: env.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeout: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      // Node checks the two timeouts above on this interval (30 s by default, which would let a
      // slow client stay twice as long as its timeout).
      connectionsCheckingInterval: Math.min(1_000, env.HTTP_HEADERS_TIMEOUT_MS),
    },
    (request, response) => {
      // The client then sends nothing more on this connection, and it closes after the response.
      if (draining) response.setHeader("connection", "close");
      compress(request, response, () => handler(request, response));
    },
  );
  server.maxConnections = env.HTTP_MAX_CONNECTIONS;
  return {
    server,
    async drain(graceMs) {
      draining = true;
      const closed = new Promise((resolve) => server.once("close", resolve));
      // net's close, not http's: http's also cuts every idle keep-alive connection at once, which
      // resets any whose client is sending its next request at that moment. Left open, an idle
      // connection either carries one more request (answered with Connection: close) or ends at
      // the keep-alive timeout, which clients know from the Keep-Alive header and stay within.
      NetServer.prototype.close.call(server);
      const cut = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(cut);
    },
  };
}

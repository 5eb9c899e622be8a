// The HTTP server's own limits and its drain on shutdown. Node's defaults let a client hold a
// connection for 300 s by sending its body slowly, with no cap on connections, so slow clients
// could use up the process's file descriptors; these settings bound both.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createNetServer, Server as NetServer } from "node:net";
import type { Env } from "./env.js";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface HttpServer {
  server: Server;
  /**
   * Stops accepting connections and waits until every open one has closed: requests in flight
   * finish, each response from now on says `Connection: close`, and connections left idle are
   * closed once nothing is in flight. After `graceMs` the rest are cut.
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
  env: Pick<Env, "HTTP_HEADERS_TIMEOUT_MS" | "HTTP_REQUEST_TIMEOUT_MS" | "HTTP_KEEP_ALIVE_TIMEOUT_MS" | "HTTP_MAX_CONNECTIONS">,
): HttpServer {
  let draining = false;
  let inFlight = 0;
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
      inFlight++;
      response.once("close", () => {
        inFlight--;
        if (draining && inFlight === 0) server.closeIdleConnections();
      });
      // The client then opens no further request on this connection, so none is cut mid-send.
      if (draining) response.setHeader("connection", "close");
      handler(request, response);
    },
  );
  server.maxConnections = env.HTTP_MAX_CONNECTIONS;
  return {
    server,
    async drain(graceMs) {
      draining = true;
      const closed = new Promise((resolve) => server.once("close", resolve));
      // net's close, not http's: http's would also cut every idle keep-alive connection at once,
      // resetting any whose client is sending its next request at that moment, and it stops the
      // checks that enforce the timeouts above.
      NetServer.prototype.close.call(server);
      if (inFlight === 0) server.closeIdleConnections();
      const cut = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(cut);
    },
  };
}

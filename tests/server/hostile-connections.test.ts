// Attack on connections: clients that send their headers or body slowly, or never, used to be
// kept for Node's default 300 s with no cap on their number, until the process ran out of file
// descriptors. Now they are cut after HTTP_HEADERS_TIMEOUT_MS / HTTP_REQUEST_TIMEOUT_MS, and
// connections beyond HTTP_MAX_CONNECTIONS are closed at once. Real sockets on loopback.
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type Server, startServer } from "../helpers/server.js";

const MAX_CONNECTIONS = 20;
let server: Server;
beforeAll(async () => {
  server = await startServer({
    HTTP_HEADERS_TIMEOUT_MS: "1000",
    HTTP_REQUEST_TIMEOUT_MS: "2000",
    HTTP_MAX_CONNECTIONS: String(MAX_CONNECTIONS),
  });
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

interface Held {
  socket: Socket;
  /** What the server sent before it closed the connection. */
  closed: Promise<string>;
}

/** Opens a connection and writes `opening`, then nothing more. */
async function hold(opening: string): Promise<Held> {
  const socket = connect(server.port, "127.0.0.1");
  let received = "";
  socket.on("data", (chunk) => {
    received += String(chunk);
  });
  const closed = new Promise<string>((resolve) => socket.on("close", () => resolve(received)));
  socket.on("error", () => {});
  await new Promise((resolve) => socket.once("connect", resolve));
  if (opening) socket.write(opening);
  return { socket, closed };
}

/** Waits for the server to close every connection; the test's own timeout ends a server that never does. */
const closedByServer = (held: Held[]) => Promise.all(held.map((connection) => connection.closed));

const SLOW_BODY = `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":`;
const SLOW_HEADERS = "POST /graphql HTTP/1.1\r\nHost: x\r\nX-Slow: ";

async function healthy(): Promise<number> {
  return (await fetch(`${server.url}/health`)).status;
}

test("a body that never finishes is cut with 408 after the request timeout", { timeout: 60_000 }, async () => {
  const held = await Promise.all(Array.from({ length: 5 }, () => hold(SLOW_BODY)));
  const answers = await closedByServer(held);
  for (const answer of answers) expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  expect(await healthy()).toBe(200);
});

test("headers that never finish, or a connection that sends nothing, are cut after the headers timeout", {
  timeout: 60_000,
}, async () => {
  const held = await Promise.all([hold(SLOW_HEADERS), hold(SLOW_HEADERS), hold(""), hold("")]);
  const answers = await closedByServer(held);
  for (const answer of answers.slice(0, 2)) expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  expect(await healthy()).toBe(200);
});

test(`at most ${MAX_CONNECTIONS} connections are held: a flood of 60 slow clients is bounded and the server answers once they are cut`, {
  timeout: 60_000,
}, async () => {
  const held = await Promise.all(Array.from({ length: 60 }, () => hold(SLOW_BODY)));
  const answers = await closedByServer(held);
  // Held connections are answered 408 when their time is up; the rest were closed unanswered on arrival.
  const timedOut = answers.filter((answer) => answer.startsWith("HTTP/1.1 408")).length;
  const refused = answers.filter((answer) => answer === "").length;
  console.log(`60 slow clients: ${timedOut} held until the request timeout, ${refused} closed on arrival`);
  expect(timedOut).toBeGreaterThan(0);
  expect(timedOut).toBeLessThanOrEqual(MAX_CONNECTIONS);
  expect(timedOut + refused).toBe(60);
  expect(await healthy()).toBe(200);
});

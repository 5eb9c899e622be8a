// Responses are compressed when the client accepts gzip or br: GraphiQL's page, JSON results
// and the exports. Read over raw HTTP, since fetch would decompress without saying so.
import { request as httpRequest } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Server, startServer } from "../helpers/server.js";

let server: Server;
beforeAll(async () => {
  server = await startServer();
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

function raw(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; encoding?: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: "127.0.0.1", port: server.port, path, method: init.method ?? "GET", headers: init.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            encoding: response.headers["content-encoding"],
            bytes: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(init.body);
  });
}

const decompress = (encoding: string | undefined, bytes: Buffer) =>
  (encoding === "br" ? brotliDecompressSync(bytes) : encoding === "gzip" ? gunzipSync(bytes) : bytes).toString("utf8");

describe.each(["gzip", "br"])("Accept-Encoding: %s", (encoding) => {
  test("the GraphiQL page", async () => {
    const response = await raw("/graphql", { headers: { accept: "text/html", "accept-encoding": encoding } });
    expect(response.status).toBe(200);
    expect(response.encoding).toBe(encoding);
    const page = decompress(response.encoding, response.bytes);
    expect(page).toContain("<title>Accord</title>");
    console.log(`GraphiQL page, ${encoding}: ${page.length} → ${response.bytes.length} bytes`);
  });

  test("a JSON result decompresses to the same data as an uncompressed one", async () => {
    const body = JSON.stringify({
      query: "{ commitments(first: 50) { edges { node { statement citation { quote } } } } }",
    });
    const headers = { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) };
    const plain = await raw("/graphql", { method: "POST", headers, body });
    const compressed = await raw("/graphql", {
      method: "POST",
      headers: { ...headers, "accept-encoding": `${encoding}, identity;q=0.5` },
      body,
    });
    expect(plain.encoding).toBeUndefined();
    expect(compressed.encoding).toBe(encoding);
    expect(JSON.parse(decompress(compressed.encoding, compressed.bytes))).toEqual(
      JSON.parse(plain.bytes.toString("utf8")),
    );
    expect(compressed.bytes.length).toBeLessThan(plain.bytes.length);
  });

  test("a streamed export", async () => {
    const response = await raw("/exports/commitments.csv", { headers: { "accept-encoding": encoding } });
    expect(response.encoding).toBe(encoding);
    expect(decompress(response.encoding, response.bytes).split("\r\n")[0]).toMatch(/^slug,kind,status,/);
  });
});

test("without Accept-Encoding, or with a refused one, nothing is compressed", async () => {
  expect((await raw("/graphql", { headers: { accept: "text/html" } })).encoding).toBeUndefined();
  expect(
    (await raw("/graphql", { headers: { accept: "text/html", "accept-encoding": "gzip;q=0, br;q=0" } })).encoding,
  ).toBeUndefined();
});

// Protocol-level holes: a persisted-operation hash naming an Object property, errors without a
// code, an invalid-JSON error that echoed the body, and a CORS policy that reflected any origin
// with credentials allowed.
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LIMITS } from "../../src/server/plugins/hardening.js";
import { postText, request, type Server, startServer } from "../helpers/server.js";

describe("every refusal has a code", () => {
  test("graphql-armor's limits: QUERY_TOO_COMPLEX naming the limit", async () => {
    const cases = {
      depth: `{ organization(slug: "japan-joint-staff") { ${"parent { ".repeat(LIMITS.maxDepth)}name${" }".repeat(LIMITS.maxDepth)} } }`,
      aliases: `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: countries { code }`).join(" ")} }`,
      tokens: `{ countries { ${"code ".repeat(LIMITS.maxTokens)} } }`,
      directives: `{ __typename ${"@include(if: true) ".repeat(LIMITS.maxDirectives + 1)} }`,
    };
    for (const [limit, query] of Object.entries(cases)) {
      const response = await postText(query);
      expect(response.json?.errors?.[0]?.extensions, limit).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit });
      expect(response.sql).toBe(0);
    }
  });

  test("CSRF: FORBIDDEN", async () => {
    const response = await request({ method: "GET", path: `/graphql?query=${encodeURIComponent("{ __typename }")}` });
    expect(response.status).toBe(403);
    expect(response.json?.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  test("a malformed cursor: BAD_USER_INPUT", async () => {
    for (const query of [
      `{ meetings(first: 1, after: "garbage") { totalCount } }`,
      `{ people(last: 1, before: "bm90IGEgY3Vyc29y") { totalCount } }`,
    ]) {
      const response = await postText(query);
      expect(response.json?.errors?.[0]?.message, query).toMatch(/Invalid cursor/);
      expect(response.json?.errors?.[0]?.extensions?.code, query).toBe("BAD_USER_INPUT");
    }
  });
});

test("invalid JSON is BAD_REQUEST and does not echo the body back", async () => {
  const response = await request({
    body: '{"query": "secret-body-text',
    headers: { "content-type": "application/json" },
  });
  expect(response.status).toBe(400);
  expect(response.json?.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
  expect(response.json?.errors?.[0]?.extensions?.originalError).toEqual({ name: "SyntaxError" });
  expect(response.text).not.toContain("secret-body-text");
});

// Yoga names the caller's origin back rather than "*"; without Allow-Credentials that grants the
// same, and browsers then send no cookies and expose no response to a credentialed request.
describe("CORS without CORS_ORIGINS: any origin may call, never with credentials", () => {
  test("a preflight from another site is allowed for the API's own headers, without credentials", async () => {
    const response = await request({
      method: "OPTIONS",
      headers: {
        origin: "https://elsewhere.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,authorization,x-evil",
      },
    });
    expect(response.headers.get("access-control-allow-origin")).toBe("https://elsewhere.example");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("access-control-allow-headers")).not.toContain("x-evil");
    expect(response.headers.get("access-control-allow-headers")).toContain("authorization");
  });

  test("a cross-origin POST is answered without credentials allowed", async () => {
    const response = await request({
      body: { query: "{ __typename }" },
      headers: { origin: "https://elsewhere.example" },
    });
    expect(response.json?.data).toEqual({ __typename: "Query" });
    expect(response.headers.get("access-control-allow-origin")).toBe("https://elsewhere.example");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("access-control-expose-headers")).toContain("x-request-id");
  });
});

describe("a server with PERSISTED_OPERATIONS_FILE and CORS_ORIGINS", () => {
  let server: Server;
  const query = "query Countries { countries { code } }";
  const hash = createHash("sha256").update(query).digest("hex");
  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), "accord-protocol-")), "operations.json");
    writeFileSync(file, JSON.stringify({ [hash]: query }));
    server = await startServer({
      PERSISTED_OPERATIONS_FILE: file,
      CORS_ORIGINS: "https://allowed.example, https://also.example",
    });
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
  });

  const persisted = (sha256Hash: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    });

  test("hashes naming Object properties (__proto__, constructor, toString) are unknown operations, not a 500", async () => {
    for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      const response = await persisted(name);
      const body = (await response.json()) as { errors?: Array<{ message: string }> };
      expect(response.status, name).toBeLessThan(500);
      expect(body.errors?.[0]?.message, name).toMatch(/not ?found/i);
    }
    expect(((await (await persisted(hash)).json()) as { data?: unknown }).data).toEqual({
      countries: expect.arrayContaining([{ code: "JP" }]),
    });
  });

  test("CORS_ORIGINS: a listed origin is named back (without credentials); another gets no CORS headers", async () => {
    const allowed = await persisted(hash, { origin: "https://also.example" });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://also.example");
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
    const other = await persisted(hash, { origin: "https://elsewhere.example" });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

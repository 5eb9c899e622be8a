// Each limit on hostile or broken requests, and the error it gives: refused fast and before any
// SQL runs, with the request id in every error. Settings read once at startup (rate limits,
// introspection) are checked against a server process started with them.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { env } from "../../src/infra/env.js";
import { MAX_PAGE_SIZE, MAX_QUERY_COST } from "../../src/schema/builder.js";
import { LIMITS } from "../../src/server/plugins/hardening.js";
import { LEAKS, post, postText, type RawResponse, request, type Server, startServer } from "../helpers/server.js";
import { editorKey, sql, type TestKey, uniqueSlug } from "../helpers/writes.js";

/** Rejection latency per limit, printed at the end for the report. */
const latencies: Record<string, number> = {};

afterAll(() => {
  console.log(
    `rejection latency (ms): ${JSON.stringify(Object.fromEntries(Object.entries(latencies).map(([k, v]) => [k, Math.round(v * 10) / 10])))}`,
  );
});

/** A refused request: one error matching `message`, with the request id, before any SQL. */
function expectRefused(name: string, response: RawResponse, message: RegExp, code?: string) {
  latencies[name] = response.ms;
  const errors = response.json?.errors ?? [];
  expect(errors.length, response.text).toBeGreaterThanOrEqual(1);
  expect(errors[0]?.message).toMatch(message);
  if (code) expect(errors[0]?.extensions?.code).toBe(code);
  for (const error of errors) expect(error.extensions?.requestId, response.text).toEqual(expect.any(String));
  expect(response.headers.get("x-request-id")).toBe(errors[0]?.extensions?.requestId);
  expect(response.json?.data ?? null).toBeNull();
  expect(response.sql).toBe(0);
  expect(response.ms).toBeLessThan(1_000);
}

/** `organization { parent { parent { ... name } } }`: depth = parents + 2. */
const parentChain = (parents: number) => {
  let selection = "name";
  for (let i = 0; i < parents; i++) selection = `parent { ${selection} }`;
  return `{ organization(slug: "japan-joint-staff") { ${selection} } }`;
};

describe("query shape limits", () => {
  test(`depth: ${LIMITS.maxDepth} levels run, ${LIMITS.maxDepth + 1} are refused`, async () => {
    const atLimit = await postText(parentChain(LIMITS.maxDepth - 2));
    expect(atLimit.json?.errors).toBeUndefined();
    expectRefused(
      "depth",
      await postText(parentChain(LIMITS.maxDepth - 1)),
      new RegExp(`depth limit of ${LIMITS.maxDepth} exceeded`),
    );
  });

  test(`aliases: ${LIMITS.maxAliases} run, ${LIMITS.maxAliases + 1} are refused`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: countries { code }`).join(" ")} }`;
    expect((await postText(aliases(LIMITS.maxAliases))).json?.errors).toBeUndefined();
    expectRefused(
      "aliases",
      await postText(aliases(LIMITS.maxAliases + 1)),
      new RegExp(`Aliases limit of ${LIMITS.maxAliases} exceeded`),
    );
  });

  test(`tokens: more than ${LIMITS.maxTokens} are refused while parsing`, async () => {
    const query = `{ countries { ${Array.from({ length: LIMITS.maxTokens }, () => "code").join(" ")} } }`;
    expectRefused("tokens", await postText(query), new RegExp(`Token limit of ${LIMITS.maxTokens} exceeded`));
  });

  test(`directives: more than ${LIMITS.maxDirectives} are refused`, async () => {
    const query = `{ countries { code ${Array.from({ length: LIMITS.maxDirectives + 1 }, () => "@include(if: true)").join(" ")} } }`;
    expectRefused(
      "directives",
      await postText(query),
      new RegExp(`Directives limit of ${LIMITS.maxDirectives} exceeded`),
    );
  });

  test(`cost: nested connections with large pages (over ${MAX_QUERY_COST} rows) are QUERY_TOO_COMPLEX`, async () => {
    const query = `{ meetings(first: 100) { edges { node { participants(first: 100) { edges { node {
      person { participations(first: 100) { edges { node { id } } } } } } } } } } }`;
    const response = await postText(query);
    expectRefused("cost", response, /Query too costly: complexity \d+ exceeds the limit of 50000/, "QUERY_TOO_COMPLEX");
    expect(response.json?.errors?.[0]?.extensions?.limit).toBe("complexity");
  });

  test(`page size: first or last over ${MAX_PAGE_SIZE}, inline or in a variable, nested or not, is PAGE_SIZE_EXCEEDED`, async () => {
    expectRefused(
      "pageSize",
      await postText(`{ people(first: ${MAX_PAGE_SIZE + 1}) { totalCount } }`),
      /"first: 101" exceeds the page-size cap of 100/,
      "PAGE_SIZE_EXCEEDED",
    );
    expectRefused(
      "pageSize (variable)",
      await postText(`query($n: Int) { meetings(last: $n) { totalCount } }`, { n: 500 }),
      /"last: 500"/,
      "PAGE_SIZE_EXCEEDED",
    );
    expectRefused(
      "pageSize (nested)",
      await postText(`{ meetings(first: 1) { edges { node { participants(first: 101) { totalCount } } } } }`),
      /"first: 101"/,
      "PAGE_SIZE_EXCEEDED",
    );
    expect((await postText(`{ people(first: ${MAX_PAGE_SIZE}) { totalCount } }`)).json?.errors).toBeUndefined();
  });
});

describe("request limits", () => {
  test("a body over MAX_BODY_BYTES (by its Content-Length) is refused with 413 before it is read", async () => {
    const size = env.MAX_BODY_BYTES + 1;
    const started = performance.now();
    const response = await request({
      headers: { "content-type": "application/json", "content-length": String(size) },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    latencies.bodySize = performance.now() - started;
    expect(response.status).toBe(413);
    expect(response.json?.errors?.[0]).toMatchObject({
      message: `Request body of ${size} bytes exceeds the limit of ${env.MAX_BODY_BYTES} bytes`,
      extensions: { code: "PAYLOAD_TOO_LARGE" },
    });
    expect(response.sql).toBe(0);
    expect(response.headers.get("x-request-id")).toEqual(expect.any(String));
    // Like every other error, it carries the request id.
    expect(response.json?.errors?.[0]?.extensions?.requestId).toBe(response.headers.get("x-request-id"));
  });

  test("field suggestions are hidden: misspelt fields, arguments, enum values and types get no 'Did you mean'", async () => {
    const misspellings = [
      `{ peopel { totalCount } }`,
      `{ people(frist: 1) { totalCount } }`,
      `{ people(orderBy: NAME_AS) { totalCount } }`,
      `{ node(id: "x") { ... on Persn { name } } }`,
      `{ people { edges { node { nmae } } } }`,
    ];
    const suggesting: string[] = [];
    for (const query of misspellings) {
      const response = await postText(query);
      expect(response.json?.errors?.length, query).toBeGreaterThan(0);
      expect(response.sql).toBe(0);
      for (const error of response.json?.errors ?? [])
        if (/Did you mean/i.test(error.message)) suggesting.push(error.message);
    }
    expect(suggesting).toEqual([]);
  });

  test("batching is off: a JSON array of operations is refused", async () => {
    const response = await request({ body: [{ query: "{ __typename }" }, { query: "{ __typename }" }] });
    expect(response.status).toBe(400);
    expect(response.json?.errors?.[0]?.message).toMatch(/Batching is not supported/);
    expect(response.sql).toBe(0);
  });

  describe("CSRF: requests a browser sends without a preflight need a CSRF header", () => {
    const query = encodeURIComponent("{ __typename }");

    test("a GET without a preflight header is refused with 403; with x-graphql-yoga-csrf it runs", async () => {
      const refused = await request({ method: "GET", path: `/graphql?query=${query}` });
      expect(refused.status).toBe(403);
      expect(refused.json?.errors?.[0]?.message).toMatch(/CSRF/);
      expect(refused.json?.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
      const allowed = await request({
        method: "GET",
        path: `/graphql?query=${query}`,
        headers: { "x-graphql-yoga-csrf": "1" },
      });
      expect(allowed.status).toBe(200);
      expect(allowed.json?.data).toEqual({ __typename: "Query" });
    });

    test("a GET whose only extra header is a simple Content-Type (text/plain) is refused", async () => {
      const response = await request({
        method: "GET",
        path: `/graphql?query=${query}`,
        headers: { "content-type": "text/plain" },
      });
      expect(response.status).toBe(403);
    });

    test("a multipart/form-data POST without a CSRF header is refused", async () => {
      const form = new FormData();
      form.set("operations", JSON.stringify({ query: "{ __typename }" }));
      form.set("map", "{}");
      const response = await request({ method: "POST", body: form });
      expect({ status: response.status, data: response.json?.data ?? null }).toEqual({ status: 403, data: null });
    });

    test("an application/x-www-form-urlencoded POST (what an HTML form sends) without a CSRF header is refused", async () => {
      const response = await request({
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: `query=${query}`,
      });
      expect({ status: response.status, data: response.json?.data ?? null }).toEqual({ status: 403, data: null });
    });

    test("a POST with application/json (which browsers preflight) runs", async () => {
      const response = await request({ body: { query: "{ __typename }" } });
      expect(response.status).toBe(200);
    });
  });
});

describe("errors", () => {
  test("an error from the database is masked: no SQL text, stack, driver or host reaches the client", async () => {
    const editor = await editorKey("masking-editor");
    // A refusal only the database knows of, worded like the driver's own errors.
    await sql(`CREATE FUNCTION refuse_masked_failure() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'invalid byte sequence for encoding "UTF8": 0x00'; END $$`);
    await sql(
      "CREATE TRIGGER refuse_masked_failure BEFORE INSERT ON person FOR EACH ROW WHEN (NEW.name = 'masked failure') EXECUTE FUNCTION refuse_masked_failure()",
    );
    const responses = [
      await postText(
        `mutation($input: CreatePersonInput!) { createPerson(input: $input) { __typename ... on Error { message } } }`,
        { input: { slug: uniqueSlug("masked"), name: "masked failure" } },
        editor.headers,
      ),
    ];
    for (const response of responses) {
      expect(response.status).toBeLessThan(500);
      const errors = response.json?.errors ?? [];
      expect(errors.length, response.text).toBe(1);
      expect(errors[0]?.message).toBe("Unexpected error.");
      expect(errors[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(errors[0]?.extensions?.requestId).toBe(response.headers.get("x-request-id"));
      for (const leak of LEAKS) expect(response.text).not.toMatch(leak);
      expect(response.text).not.toMatch(/invalid byte sequence|0x00|UTF8/);
    }
  });

  test("every error response carries a request id, in extensions and in the x-request-id header; a caller's well-formed id is echoed", async () => {
    const responses = [
      await postText("{ peopel }"),
      await postText("{"),
      await postText(`{ node(id: "garbage") { id } }`),
      await request({ body: "not json", headers: { "content-type": "application/json" } }),
      await request({ body: { query: "{ __typename }", variables: "not an object" } }),
      await postText(`query($n: Int!) { people(first: $n) { totalCount } }`, { n: "ten" }),
    ];
    for (const response of responses) {
      expect(response.json?.errors?.length, response.text).toBeGreaterThan(0);
      for (const error of response.json?.errors ?? [])
        expect(error.extensions?.requestId, response.text).toBe(response.headers.get("x-request-id"));
    }
    const echoed = await request({ body: { query: "{ peopel }" }, headers: { "x-request-id": "client-abc.123" } });
    expect(echoed.headers.get("x-request-id")).toBe("client-abc.123");
    expect(echoed.json?.errors?.[0]?.extensions?.requestId).toBe("client-abc.123");
    const replaced = await request({ body: { query: "{ peopel }" }, headers: { "x-request-id": "bad id <script>" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("settings read at startup (a server process started with them)", () => {
  let server: Server;
  let editor: TestKey;
  let other: TestKey;

  beforeAll(async () => {
    editor = await editorKey("rate-limited-editor");
    other = await editorKey("rate-limited-other");
    server = await startServer({
      RATE_LIMIT_WRITES_PER_MINUTE: "3",
      RATE_LIMIT_SEARCHES_PER_MINUTE: "3",
      INTROSPECTION: "false",
      MAX_BODY_BYTES: "100000",
    });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
  });

  const createPerson = (headers: Record<string, string>, slug = uniqueSlug("rate")) =>
    post(
      server.url,
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { __typename ... on MutationCreatePersonSuccess { data { id } } } }`,
      {
        input: { slug, name: "Rate" },
      },
      headers,
    );
  const createOrganization = (headers: Record<string, string>) =>
    post(
      server.url,
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ... on MutationCreateOrganizationSuccess { data { id } } } }`,
      {
        input: { slug: uniqueSlug("rate-org"), name: "Rate", kind: "OTHER" },
      },
      headers,
    );

  test("writes: after RATE_LIMIT_WRITES_PER_MINUTE writes in a minute the next is RATE_LIMITED and writes nothing; another key is unaffected", async () => {
    for (let i = 0; i < 3; i++) {
      const allowed = await createPerson(editor.headers);
      expect(allowed.body.errors, JSON.stringify(allowed.body)).toBeUndefined();
      expect(allowed.body.data?.createPerson).toMatchObject({ __typename: "MutationCreatePersonSuccess" });
    }
    const slug = uniqueSlug("over-limit");
    const started = performance.now();
    const limited = await createPerson(editor.headers, slug);
    latencies.rateLimit = performance.now() - started;
    expect(limited.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining("Rate limit: at most 3 writes a minute per caller"),
      extensions: { code: "RATE_LIMITED" },
    });
    expect(limited.body.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
    const lookup = await post(server.url, `query($slug: String!) { person(slug: $slug) { id } }`, { slug });
    expect(lookup.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const independent = await createPerson(other.headers);
    expect(independent.body.data?.createPerson).toMatchObject({ __typename: "MutationCreatePersonSuccess" });
  });

  test("writes: the limit counts every mutation of a caller, not each mutation field separately", async () => {
    const caller = await editorKey("rate-limited-mixed");
    for (let i = 0; i < 3; i++) expect((await createPerson(caller.headers)).body.errors).toBeUndefined();
    // A fourth write in the same minute, through another mutation.
    const fourth = await createOrganization(caller.headers);
    expect(fourth.body.errors?.[0]?.extensions?.code, JSON.stringify(fourth.body)).toBe("RATE_LIMITED");
  });

  test("searches: an anonymous client cannot escape the search limit by sending a different X-Forwarded-For each time", async () => {
    const search = (headers: Record<string, string>) =>
      post(server.url, `{ search(query: "peacekeeping") { totalCount } }`, {}, headers);
    for (let i = 0; i < 3; i++) await search({ "x-forwarded-for": "198.51.100.7" });
    expect((await search({ "x-forwarded-for": "198.51.100.7" })).body.errors?.[0]?.extensions?.code).toBe(
      "RATE_LIMITED",
    );
    const spoofed = await Promise.all(
      Array.from({ length: 5 }, (_, i) => search({ "x-forwarded-for": `203.0.113.${i + 1}` })),
    );
    const limited = spoofed.filter((response) => response.body.errors?.[0]?.extensions?.code === "RATE_LIMITED").length;
    expect(limited, "searches that got through with a made-up X-Forwarded-For").toBeGreaterThanOrEqual(3);
  });

  test("INTROSPECTION=false refuses __schema and __type; ordinary queries still run", async () => {
    for (const query of ["{ __schema { queryType { name } } }", `{ __type(name: "Person") { name } }`]) {
      const response = await post(server.url, query);
      expect(response.body.data ?? null).toBeNull();
      expect(response.body.errors?.[0]?.message).toMatch(/introspection has been disabled/);
    }
    const ordinary = await post(server.url, `{ countries { code } __typename }`);
    expect(ordinary.body.errors).toBeUndefined();
    expect(ordinary.body.data?.countries).toEqual(expect.arrayContaining([{ code: "JP" }]));
  });

  test("a body sent without Content-Length (chunked) is refused with 411, since its size cannot be checked up front", async () => {
    const padding = "x".repeat(150_000);
    const body = JSON.stringify({ query: "query($pad: String) { __typename }", variables: { pad: padding } });
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        `${server.url}/graphql`,
        { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      for (let offset = 0; offset < body.length; offset += 16_384) req.write(body.slice(offset, offset + 16_384));
      req.end();
    });
    expect(status).toBe(411);
  });

  test("the server's Content-Length check applies over real HTTP as well", async () => {
    const body = JSON.stringify({
      query: "query($pad: String) { __typename }",
      variables: { pad: "x".repeat(150_000) },
    });
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(413);
  });
});

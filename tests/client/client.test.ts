// The example typed client (tests/client/example) must keep working against schema.graphql:
// codegen validates the operations against the schema and types them, tsc checks the client
// against those types, and every operation then runs against the seeded server through
// yoga.fetch. A schema change that breaks an operation fails one of the three.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { type DocumentNode, Kind, type OperationDefinitionNode } from "graphql";
import { beforeAll, describe, expect, test } from "vitest";
import { createApiKey } from "../../src/modules/auth/api-key.service.js";
import { yoga } from "../../src/server/yoga.js";
import config, { GENERATED_DIR } from "./codegen.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// Loaded by path at run time: the root `npm run typecheck` runs before anything is generated,
// so it excludes the example and the generated code (tests/client/tsconfig.json checks them).
const CLIENT_MODULE = fileURLToPath(new URL("./example/client.ts", import.meta.url));
const GENERATED_MODULE = fileURLToPath(new URL("./generated/graphql.ts", import.meta.url));

// What this test uses of the example client; its real, generated types are checked by tsc below.
interface ExampleClient {
  meeting(slug: string): Promise<unknown>;
  openCommitments(options?: {
    kinds?: string[];
    topic?: string;
    first?: number;
  }): Promise<{ totalCount: number; commitments: Array<Record<string, unknown>> }>;
  search(query: string, types?: string[]): Promise<Array<{ key: string; label: string; score: number }>>;
  createPerson(
    input: { slug: string; name: string; fullName?: string; country?: string },
    idempotencyKey?: string,
  ): Promise<unknown>;
}
interface ExampleClientModule {
  createAccordClient(options: {
    endpoint: string;
    apiKey?: string;
    fetch?: (url: string, init: RequestInit) => Promise<Response> | Response;
  }): ExampleClient;
}

const inProcess = (url: string, init: RequestInit) => yoga.fetch(url, init);
let createAccordClient: ExampleClientModule["createAccordClient"];
const client = (apiKey?: string) =>
  createAccordClient({ endpoint: "http://accord.test/graphql", apiKey, fetch: inProcess });

beforeAll(async () => {
  rmSync(GENERATED_DIR, { recursive: true, force: true });
  await generate({ ...config, silent: true, verbose: false }, true);
  ({ createAccordClient } = (await import(CLIENT_MODULE)) as ExampleClientModule);
});

describe("generation", () => {
  test("codegen writes typed documents for every operation", async () => {
    expect(existsSync(GENERATED_MODULE)).toBe(true);
    const generated = (await import(GENERATED_MODULE)) as Record<string, DocumentNode>;
    const operations = [
      "MeetingDetailsDocument",
      "OpenCommitmentsDocument",
      "SearchDocument",
      "CreatePersonDocument",
    ].map((name) => {
      const document = generated[name];
      expect(document?.kind, name).toBe(Kind.DOCUMENT);
      const operation = document?.definitions.find(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      );
      return `${operation?.operation} ${operation?.name?.value}`;
    });
    expect(operations).toEqual([
      "query MeetingDetails",
      "query OpenCommitments",
      "query Search",
      "mutation CreatePerson",
    ]);
  });

  test("the example client type-checks against the generated types", () => {
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    const result = spawnSync(process.execPath, [tsc, "--noEmit", "-p", "tests/client/tsconfig.json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(`${result.stdout}${result.stderr}`.trim()).toBe("");
    expect(result.status).toBe(0);
  }, 120_000);

  test("an operation the schema does not have fails codegen", async () => {
    const broken = {
      schema: config.schema,
      documents: ['query Broken { meeting(slug: "x") { noSuchField } }'],
      silent: true,
      generates: { [`${GENERATED_DIR}../generated-broken/`]: { preset: "client" as const } },
    };
    await expect(generate(broken, false)).rejects.toThrow(/noSuchField/);
  });
});

describe("the operations against the seed, through the typed client", () => {
  test("MeetingDetails: a meeting, its participants with their organizations, the requests and their answers", async () => {
    const meeting = await client().meeting("kitazawa-ban-2011-08-09");
    expect(meeting).toMatchObject({
      slug: "kitazawa-ban-2011-08-09",
      title: "Meeting between Defense Minister Kitazawa and UN Secretary-General Ban",
      kind: "BILATERAL_MEETING",
      status: "HELD",
      date: { value: "2011-08-09", precision: "DAY", basis: "INFERRED" },
      placeCountry: { code: "JP", name: "Japan" },
      participants: {
        totalCount: 2,
        edges: [
          {
            node: {
              roleTitle: "Defense Minister",
              side: "HOST",
              person: { slug: "kitazawa", name: "Kitazawa", fullName: null },
              organization: {
                slug: "japan-ministry-of-defense",
                name: "Ministry of Defense",
                parent: { slug: "government-of-japan", name: "Government of Japan" },
              },
            },
          },
          {
            node: {
              roleTitle: "Secretary-General",
              side: "GUEST",
              person: { slug: "ban-ki-moon", name: "Ban", fullName: "Ban Ki-moon" },
              organization: { slug: "united-nations", name: "United Nations", parent: null },
            },
          },
        ],
      },
      commitments: {
        totalCount: 2,
        edges: [
          {
            node: {
              slug: "ban-calls-again-sdf-south-sudan",
              kind: "REQUEST",
              status: "DEFERRED",
              makers: [
                { __typename: "Person", slug: "ban-ki-moon", name: "Ban" },
                { __typename: "Organization", slug: "united-nations", name: "United Nations" },
              ],
              responses: {
                edges: [
                  { node: { slug: "kitazawa-response-south-sudan-hq-personnel" } },
                  { node: { slug: "kitazawa-response-south-sudan-engineers" } },
                ],
              },
              citation: {
                quote: expect.stringMatching(/^During this meeting with Defense Minister Kitazawa, he called again/),
                document: { slug: "mod-2011-kitazawa-ban-meeting" },
              },
            },
          },
          {
            node: {
              slug: "ban-seeks-continued-sdf-cooperation",
              responses: { edges: [{ node: { slug: "kitazawa-response-minustah" } }] },
            },
          },
        ],
      },
    });
  });

  test("OpenCommitments: the six open commitments, and the two open agreements", async () => {
    const open = await client().openCommitments();
    expect(open.totalCount).toBe(6);
    expect(open.commitments.map((commitment) => commitment.slug).sort()).toEqual([
      "japan-china-arf-admm-plus-cooperation",
      "japan-china-defense-minister-visit",
      "japan-china-develop-bilateral-relations",
      "japan-china-korean-denuclearization",
      "japan-china-third-maritime-talk",
      "japan-china-welcome-field-officer-exchanges",
    ]);
    expect(open.commitments.every((commitment) => commitment.status === "OPEN")).toBe(true);

    const agreements = await client().openCommitments({ kinds: ["AGREEMENT"] });
    expect(agreements.totalCount).toBe(2);
    expect(
      agreements.commitments.find((commitment) => commitment.slug === "japan-china-defense-minister-visit"),
    ).toMatchObject({
      kind: "AGREEMENT",
      due: { text: "as soon as possible", date: null },
      meeting: {
        slug: "japan-china-defense-vice-ministerial-9",
        title: "9th Japan-China Defense Vice-Ministerial Meeting",
      },
      makers: expect.arrayContaining([{ __typename: "Country", name: "Japan" }]),
    });
  });

  test("Search: a name finds the person first; a misspelt name still finds them", async () => {
    const hits = await client().search("Kitazawa");
    expect(hits).toHaveLength(7);
    expect(hits[0]).toMatchObject({ key: "Person:kitazawa", label: "Kitazawa" });
    expect(hits.map((hit) => hit.key)).toContain("Meeting:kitazawa-ban-2011-08-09");

    const people = await client().search("Kitazava", ["PERSON"]);
    expect(people.map((hit) => hit.key)).toEqual(["Person:kitazawa"]);
  });

  test("CreatePerson: refused without a key, written with an EDITOR key, replayed with the same idempotency key", async () => {
    const input = { slug: "client-example-gemba", name: "Gemba", fullName: "Koichiro Gemba", country: "jp" };
    await expect(client().createPerson(input)).rejects.toThrow(/^ForbiddenError: /);

    const { key } = await createApiKey({ name: "typed client test", scopes: ["EDITOR"] });
    const created = await client(key).createPerson(input, "client-example-1");
    expect(created).toEqual({
      slug: "client-example-gemba",
      name: "Gemba",
      fullName: "Koichiro Gemba",
      country: { code: "JP", name: "Japan" },
    });
    expect(await client(key).createPerson(input, "client-example-1")).toEqual(created);

    await expect(client(key).createPerson({ ...input, slug: "Not A Slug" })).rejects.toThrow(
      /^ValidationError: .*input\.slug/,
    );
    expect((await client().search("Gemba", ["PERSON"])).map((hit) => hit.key)).toEqual(["Person:client-example-gemba"]);
  });
});

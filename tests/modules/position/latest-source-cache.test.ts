// Position.knownToHaveEnded reads the position_supersession view, which is computed from positions,
// citations and the documents' dates and sends no change notifications of its own. With the
// response cache on, a cached answer must still be dropped when a document's date changes which
// source is the latest (src/server/plugins/cache-dependencies.ts, VIEW_SOURCES).
import { beforeAll, expect, test, vi } from "vitest";
import type { DataChange } from "../../../src/infra/data-changes.js";

process.env.RESPONSE_CACHE_MB = "16";
const { db, dataChanges } = await import("../../../src/infra/db.js");
const { graphql } = await import("../../generated/index.js");
const { execute } = await import("../../helpers/execute.js");
const { createSource, partialDate } = await import("../../helpers/generate.js");
const { sql } = await import("../../helpers/writes.js");

// By slug, not node(id:): a Node could be any type, so node() depends on every table.
const Ended = graphql(`
  query LatestSourceCacheEnded($slug: String!) {
    person(slug: $slug) { positions { edges { node { knownToHaveEnded } } } }
  }
`);

const changes: Array<DataChange | null> = [];
dataChanges.onChange((change) => changes.push(change));

let laterDocument: string;

/** A document dated `published` whose citation names `name` holding "Secretary-General" of `organizationId`. */
async function holder(slug: string, published: string, name: string, organizationId: string) {
  const source = await createSource(`${slug}-source`);
  const date = partialDate(published);
  await db.sourceDocument.update({
    where: { id: source.documentId },
    data: { publishedOn: date.date, publishedPrecision: date.precision },
  });
  const person = await db.person.create({ data: { slug, name } });
  const position = await db.position.create({
    data: {
      slug: `${slug}-secretary-general`,
      personId: person.id,
      organizationId,
      title: "Secretary-General",
      current: true,
      citationId: await source.cite(),
    },
  });
  return { position: position.id, document: source.documentId };
}

beforeAll(async () => {
  const agency = await db.organization.create({ data: { slug: "cache-agency", name: "Cache Agency", kind: "OTHER" } });
  await holder("cache-yamada", "2011-08-09", "Yamada", agency.id);
  laterDocument = (await holder("cache-xu", "2017-01-05", "Xu", agency.id)).document;
});

async function ended() {
  const result = await execute(Ended, { slug: "cache-yamada" });
  expect(result.errors).toBeUndefined();
  const positions = result.data?.person?.positions.edges.map((edge) => edge.node.knownToHaveEnded);
  return { knownToHaveEnded: positions, sql: result.sql };
}

test("a cached knownToHaveEnded is dropped when the later source's date moves before the earlier one", async () => {
  await vi.waitFor(() => expect(dataChanges.following).toBe(true), { timeout: 10_000 });
  expect((await ended()).knownToHaveEnded).toEqual([true]);
  expect(await ended()).toEqual({ knownToHaveEnded: [true], sql: 0 });

  // Another connection re-dates Xu's source to 2010: Yamada's 2011 source is the latest again.
  const before = changes.length;
  await sql("UPDATE source_document SET published_on = '2010-01-01' WHERE id = $1", [laterDocument]);
  await vi.waitFor(() => expect(changes.length).toBeGreaterThan(before), { timeout: 10_000 });

  const after = await ended();
  expect(after.knownToHaveEnded).toEqual([false]);
  expect(after.sql).toBeGreaterThan(0);
});

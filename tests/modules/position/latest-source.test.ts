// "Who holds this role according to the latest source": the latest dated source about a title in
// an organization decides. A later source that names a new holder, or calls the same person's
// tenure over, outdates an earlier source's "X is Secretary-General"; a later source that only
// mentions some other person as a former holder outdates nothing. Everything here is written
// through the API's mutations, in an organization of the test's own, and read through both read
// paths (compiled SQL and the resolvers), which must agree.
import { beforeAll, describe, expect, test } from "vitest";
import { answer, paths } from "../../compiled-reads/paths.js";
import { data } from "../../helpers/execute.js";
import { type Edges, nodes } from "../../helpers/graphql.js";
import {
  createOrganization,
  createPerson,
  editorKey,
  type Headers,
  succeed,
  uniqueSlug,
} from "../../helpers/writes.js";

let headers: Headers;
let organization: string;
const people: Record<string, string> = {};

/**
 * A source document published on `published` that names `person` as `title`: as holding it, or
 * ("Then ...", current false) as a former holder; the position is written with it as citation.
 */
async function mention(published: string, person: string, title: string, current = true): Promise<void> {
  const quote = `${current ? "" : "Then "}${title} ${person}`;
  const document = await succeed<{ id: string }>(
    "createSourceDocument",
    {
      slug: uniqueSlug("latest-source"),
      title: `Report ${published}`,
      publisher: "Test Agency",
      body: `${quote} spoke.`,
      published,
    },
    headers,
  );
  await succeed(
    "createPosition",
    {
      slug: uniqueSlug(`${person.toLowerCase()}-position`),
      person: people[person],
      organization,
      title,
      current,
      citation: { document: document.id, quote },
    },
    headers,
  );
}

/** Both read paths must give the same data; returns it. */
async function read<T>(query: string): Promise<T> {
  const compiled = await answer(paths.compiled, { query });
  const resolved = await answer(paths.resolvers, { query });
  expect(compiled.body.errors, JSON.stringify(compiled.body.errors)).toBeUndefined();
  expect(compiled.text).toBe(resolved.text);
  return compiled.body.data as T;
}

async function holders(title: string, heldAccordingToLatestSource: boolean): Promise<string[]> {
  const result = await read<{ people: Edges<{ name: string }> }>(
    `{ people(first: 50, orderBy: NAME_ASC, filter: { holds: { title: { equals: "${title}" }, organization: { id: "${organization}" }, heldAccordingToLatestSource: ${heldAccordingToLatestSource} } }) { edges { node { name } } } }`,
  );
  return nodes(result.people).map((person) => person.name);
}

/** Each position of the organization: who, which title, whether known to have ended. */
async function positions(args = ""): Promise<string[]> {
  const result = await read<{
    node: { positions: Edges<{ title: string; person: { name: string }; knownToHaveEnded: boolean }> };
  }>(
    `{ node(id: "${organization}") { ... on Organization { positions${args} { edges { node { title person { name } knownToHaveEnded } } } } } }`,
  );
  return nodes(result.node.positions)
    .map((p) => `${p.title}: ${p.person.name}${p.knownToHaveEnded ? " (ended)" : ""}`)
    .sort();
}

beforeAll(async () => {
  headers = (await editorKey()).headers;
  organization = await createOrganization(headers, { name: "Test Agency" });
  for (const name of ["Yamada", "Xu", "Zorin", "Weber", "Vance"]) people[name] = await createPerson(headers, name);
});

describe("held according to the latest source", () => {
  test("a later source naming a new Secretary-General outdates the earlier holder", async () => {
    await mention("2011-08-09", "Yamada", "Secretary-General");
    expect(await holders("Secretary-General", true)).toEqual(["Yamada"]);

    await mention("2017-01-05", "Xu", "Secretary-General");
    expect(await holders("Secretary-General", true)).toEqual(["Xu"]);
    expect(await holders("Secretary-General", false)).toEqual(["Yamada"]);
    expect(await positions()).toEqual(["Secretary-General: Xu", "Secretary-General: Yamada (ended)"]);
    expect(await positions("(heldAccordingToLatestSource: true)")).toEqual(["Secretary-General: Xu"]);
    // "Who held it on a day" is another question: both may have, as neither start nor end is recorded.
    expect(await positions(`(asOf: "2012-01-01")`)).toEqual([
      "Secretary-General: Xu",
      "Secretary-General: Yamada (ended)",
    ]);
  });

  test("a still later source mentioning someone else as a former holder outdates nothing", async () => {
    await mention("2019-03-01", "Zorin", "Secretary-General", false);
    expect(await holders("Secretary-General", true)).toEqual(["Xu"]);
    expect(await holders("Secretary-General", false)).toEqual(["Yamada", "Zorin"]);
  });

  test("a later source calling the holder's own tenure over leaves nobody holding it as far as the sources tell", async () => {
    await mention("2020-02-02", "Xu", "secretary-general", false);
    expect(await holders("Secretary-General", true)).toEqual([]);
    expect(await positions()).toEqual([
      "Secretary-General: Xu (ended)",
      "Secretary-General: Yamada (ended)",
      "Secretary-General: Zorin (ended)",
      "secretary-general: Xu (ended)",
    ]);
  });

  test("a source dated only by its year is not outdated by one dated within that year", async () => {
    await mention("2017", "Weber", "Deputy");
    await mention("2017-06-01", "Vance", "Deputy");
    expect(await holders("Deputy", true)).toEqual(["Vance", "Weber"]);
    // A source of the next year does outdate it.
    await mention("2018-01-01", "Xu", "Deputy");
    expect(await holders("Deputy", true)).toEqual(["Xu"]);
  });

  test("the person page says the same: Person.positions(heldAccordingToLatestSource:)", async () => {
    const result = await data<{ node: { positions: Edges<{ title: string }> } }>(
      `{ node(id: "${people.Yamada}") { ... on Person { positions(heldAccordingToLatestSource: true) { edges { node { title } } } } } }`,
    );
    expect(nodes(result.node.positions)).toEqual([]);
  });
});

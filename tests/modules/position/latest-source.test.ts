// "Who holds this role according to the latest source": the latest dated source about a title in
// an organization decides. A later source that names a new holder, or calls the same person's
// tenure over, outdates an earlier source's "X is Secretary-General"; a later source that only
// mentions some other person as a former holder outdates nothing. Everything here is written
// through the API's mutations, in an organization of the test's own, and read through both read
// paths (compiled SQL and the resolvers), which must agree.
import { beforeAll, describe, expect, test } from "vitest";
import { answer, paths } from "../../compiled-reads/paths.js";
import { graphql } from "../../generated/index.js";
import { data, type Operation } from "../../helpers/execute.js";
import { nodes } from "../../helpers/graphql.js";
import { createOrganization, createPerson, editorKey, type Headers, uniqueSlug } from "../../helpers/writes.js";

const CreateDocument = graphql(`
  mutation LatestSourceCreateDocument($input: CreateSourceDocumentInput!) {
    createSourceDocument(input: $input) {
      __typename
      ... on MutationCreateSourceDocumentSuccess { data { id } }
      ... on Error { message }
    }
  }
`);

const CreatePosition = graphql(`
  mutation LatestSourceCreatePosition($input: CreatePositionInput!) {
    createPosition(input: $input) {
      __typename
      ... on Error { message }
    }
  }
`);

const Holders = graphql(`
  query LatestSourceHolders($title: String!, $organization: ID!, $held: Boolean!) {
    people(
      first: 50
      orderBy: NAME_ASC
      filter: { holds: { title: { equals: $title }, organization: { id: $organization }, heldAccordingToLatestSource: $held } }
    ) {
      edges { node { name } }
    }
  }
`);

const OrganizationPositions = graphql(`
  query LatestSourceOrganizationPositions($organization: ID!, $asOf: Date, $held: Boolean) {
    node(id: $organization) {
      __typename
      ... on Organization {
        positions(asOf: $asOf, heldAccordingToLatestSource: $held) {
          edges { node { title person { name } knownToHaveEnded } }
        }
      }
    }
  }
`);

const PersonPositions = graphql(`
  query LatestSourcePersonPositions($person: ID!) {
    node(id: $person) {
      __typename
      ... on Person { positions(heldAccordingToLatestSource: true) { edges { node { title } } } }
    }
  }
`);

let headers: Headers;
let organization: string;
const people: Record<string, string> = {};

/**
 * A source document published on `published` that names `person` as `title`: as holding it, or
 * ("Then ...", current false) as a former holder; the position is written with it as citation.
 */
async function mention(published: string, person: string, title: string, current = true): Promise<void> {
  const quote = `${current ? "" : "Then "}${title} ${person}`;
  const input = { slug: uniqueSlug("latest-source"), title: `Report ${published}`, publisher: "Test Agency" };
  const { createSourceDocument: document } = await data(
    CreateDocument,
    { input: { ...input, body: `${quote} spoke.`, published } },
    headers,
  );
  if (document.__typename !== "MutationCreateSourceDocumentSuccess") throw new Error(JSON.stringify(document));
  const citation = { document: document.data.id, quote };
  const slug = uniqueSlug(`${person.toLowerCase()}-position`);
  const { createPosition } = await data(
    CreatePosition,
    { input: { slug, person: people[person] as string, organization, title, current, citation } },
    headers,
  );
  expect(createPosition.__typename).toBe("MutationCreatePositionSuccess");
}

/** Both read paths must give the same data; returns it. */
async function read<TResult, TVariables>(operation: Operation<TResult, TVariables>, variables: TVariables) {
  const query = operation.toString();
  const compiled = await answer(paths.compiled, { query, variables: variables as Record<string, unknown> });
  const resolved = await answer(paths.resolvers, { query, variables: variables as Record<string, unknown> });
  expect(compiled.body.errors, JSON.stringify(compiled.body.errors)).toBeUndefined();
  expect(compiled.text).toBe(resolved.text);
  return compiled.body.data as TResult;
}

async function holders(title: string, held: boolean): Promise<string[]> {
  const result = await read(Holders, { title, organization, held });
  return nodes(result.people).map((person) => person.name);
}

/** Each position of the organization: who, which title, whether known to have ended. */
async function positions(args: { asOf?: string; held?: boolean } = {}): Promise<string[]> {
  const result = await read(OrganizationPositions, { organization, ...args });
  if (result.node?.__typename !== "Organization") throw new Error("not an organization");
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
    expect(await positions({ held: true })).toEqual(["Secretary-General: Xu"]);
    // "Who held it on a day" is another question: both may have, as neither start nor end is recorded.
    expect(await positions({ asOf: "2012-01-01" })).toEqual([
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
    const result = await data(PersonPositions, { person: people.Yamada as string });
    if (result.node?.__typename !== "Person") throw new Error("not a person");
    expect(nodes(result.node.positions)).toEqual([]);
  });
});

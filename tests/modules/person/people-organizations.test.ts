// Writes to people and organizations through GraphQL with an EDITOR key, read back through
// queries: create, update at a version, delete, and the typed errors each refusal returns.
// Moving an organization moves its whole subtree in every filter that follows the hierarchy.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { encodeGlobalId } from "../../../src/schema/global-id.js";
import { graphql } from "../../generated/index.js";
import { data, execute, type ResultOf } from "../../helpers/execute.js";
import {
  createDocument,
  createOrganization,
  createPerson,
  editorKey,
  expectValidation,
  gid,
  mutate,
  rowCounts,
  sql,
  succeed,
  type TestKey,
  uniqueSlug,
  uuidOf,
} from "../../helpers/writes.js";

let editor: TestKey;
beforeAll(async () => {
  editor = await editorKey("people-editor");
});

const unknownId = (typename: string) => encodeGlobalId(typename, randomUUID());

const PERSON_BY_SLUG = graphql(`
  query PersonViewBySlug($slug: String!) {
    person(slug: $slug) {
      id
      slug
      name
      fullName
      country {
        code
      }
      version
    }
  }
`);
type PersonView = NonNullable<ResultOf<typeof PERSON_BY_SLUG>["person"]>;
/** The same selection, for the mutations' success data (see writes.ts: mutations are built from the schema). */
const PERSON_FIELDS = "id slug name fullName country { code } version";

async function personBySlug(slug: string) {
  return (await data(PERSON_BY_SLUG, { slug })).person;
}

describe("people", () => {
  test("createPerson stores the person; person(slug:) and node(id:) read it back", async () => {
    const slug = uniqueSlug("okada");
    const created = await succeed<PersonView>(
      "createPerson",
      { slug, name: "Okada", fullName: "Katsuya Okada", country: "jp" },
      editor.headers,
      PERSON_FIELDS,
    );
    expect(created).toMatchObject({
      slug,
      name: "Okada",
      fullName: "Katsuya Okada",
      country: { code: "JP" },
      version: 1,
    });

    expect(await personBySlug(slug)).toEqual(created);
    const viaNode = await data(
      graphql(`
        query PersonViewByNodeId($id: ID!) {
          node(id: $id) {
            ... on Person {
              id
              slug
              name
              fullName
              country {
                code
              }
              version
            }
          }
        }
      `),
      { id: created.id },
    );
    expect(viaNode.node).toEqual(created);
    const [row] = await sql<{ name: string }>("SELECT name FROM person WHERE slug = $1", [slug]);
    expect(row?.name).toBe("Okada");
  });

  test("a mutation that selects only __typename still answers with the success type (and so matches what was written)", async () => {
    const slug = uniqueSlug("typename-only");
    const result = await mutate("createPerson", { slug, name: "Typename" }, { headers: editor.headers, select: null });
    const stored = await sql("SELECT 1 FROM person WHERE slug = $1", [slug]);
    // The client must be able to tell from the answer whether the person exists.
    expect({ typename: result.__typename, errors: result.errors ?? [], stored: stored.length }).toEqual({
      typename: "MutationCreatePersonSuccess",
      errors: [],
      stored: 1,
    });
  });

  test("updatePerson at the current version changes the given fields, bumps the version, and null clears an optional field", async () => {
    const slug = uniqueSlug("gemba");
    const id = (
      await succeed<{ id: string }>("createPerson", { slug, name: "Gemba", fullName: "Koichiro Gemba" }, editor.headers)
    ).id;
    const updated = await succeed<PersonView>(
      "updatePerson",
      { id, expectedVersion: 1, name: "Genba", country: "JP" },
      editor.headers,
      PERSON_FIELDS,
    );
    expect(updated).toMatchObject({ name: "Genba", fullName: "Koichiro Gemba", country: { code: "JP" }, version: 2 });

    const cleared = await succeed<PersonView>(
      "updatePerson",
      { id, expectedVersion: 2, fullName: null },
      editor.headers,
      PERSON_FIELDS,
    );
    expect(cleared).toMatchObject({ name: "Genba", fullName: null, version: 3 });
    expect(await personBySlug(slug)).toEqual(cleared);
  });

  test("a stale expectedVersion is a ConflictError on expectedVersion and changes nothing", async () => {
    const slug = uniqueSlug("maehara");
    const id = (await succeed<{ id: string }>("createPerson", { slug, name: "Maehara" }, editor.headers)).id;
    await succeed("updatePerson", { id, expectedVersion: 1, name: "Maehara Seiji" }, editor.headers);

    const stale = await mutate(
      "updatePerson",
      { id, expectedVersion: 1, name: "Overwritten" },
      { headers: editor.headers },
    );
    expect(stale).toMatchObject({ __typename: "ConflictError", field: "expectedVersion" });
    expect(stale.message).toMatch(/version 2, not 1/);
    expect(await personBySlug(slug)).toMatchObject({ name: "Maehara Seiji", version: 2 });
  });

  test("a duplicate slug is a ConflictError naming the field slug, and no second row is written", async () => {
    const before = await rowCounts();
    const result = await mutate(
      "createPerson",
      { slug: "kitazawa", name: "Another Kitazawa" },
      { headers: editor.headers },
    );
    expect(result).toMatchObject({ __typename: "ConflictError", field: "slug" });
    expect(result.message).toMatch(/slug/);
    expect(await rowCounts()).toEqual(before);
    expect(await personBySlug("kitazawa")).toMatchObject({ name: "Kitazawa" });
  });

  test("a bad slug and an empty name are both reported, each at its field path", async () => {
    const before = await rowCounts();
    const issues = expectValidation(
      await mutate("createPerson", { slug: "Not A Slug", name: "   " }, { headers: editor.headers }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      ["input", "slug"],
      ["input", "name"],
    ]);
    expect(issues[0]?.message).toMatch(/lower-case words joined by hyphens/);
    expect(issues[1]?.message).toMatch(/must not be empty/);
    expect(await rowCounts()).toEqual(before);
  });

  test("an unknown country code is a ValidationError at input.country", async () => {
    const issues = expectValidation(
      await mutate(
        "createPerson",
        { slug: uniqueSlug("nowhere"), name: "Nowhere", country: "ZZ" },
        { headers: editor.headers },
      ),
    );
    expect(issues).toEqual([{ path: ["input", "country"], message: expect.stringContaining('"ZZ"') }]);
  });

  test("an id of the wrong type is a ValidationError at input.id; a value naming no person is a NotFoundError", async () => {
    const organization = await gid("Organization", "united-nations");
    const wrongType = expectValidation(
      await mutate("updatePerson", { id: organization, expectedVersion: 1, name: "X" }, { headers: editor.headers }),
    );
    expect(wrongType).toEqual([
      { path: ["input", "id"], message: `expected a person; "${organization}" is the id of an Organization` },
    ]);

    // Not a global id, so a slug: the record deleted is missing, named by the value sent.
    expect(await mutate("deletePerson", { id: "not-an-id" }, { headers: editor.headers })).toMatchObject({
      __typename: "NotFoundError",
      typename: "Person",
      key: "not-an-id",
    });
  });

  test("an unknown id is a NotFoundError naming the type and the id", async () => {
    const missing = unknownId("Person");
    expect(
      await mutate("updatePerson", { id: missing, expectedVersion: 1, name: "Ghost" }, { headers: editor.headers }),
    ).toMatchObject({
      __typename: "NotFoundError",
      typename: "Person",
      key: missing,
    });
    expect(await mutate("deletePerson", { id: missing }, { headers: editor.headers })).toMatchObject({
      __typename: "NotFoundError",
      typename: "Person",
      key: missing,
    });
  });

  test("deleting a person who attended meetings is a ConflictError; nothing is deleted", async () => {
    const kawano = await gid("Person", "kawano");
    const before = await rowCounts();
    const result = await mutate("deletePerson", { id: kawano }, { headers: editor.headers });
    expect(result.__typename).toBe("ConflictError");
    expect(result.message).toMatch(/1 participation\(s\), 1 position\(s\).*merge it into another person/);
    expect(await rowCounts()).toEqual(before);
    expect(await personBySlug("kawano")).toMatchObject({ id: kawano });
  });

  test("deleting a person nothing depends on removes them; the id then no longer resolves", async () => {
    const id = await createPerson(editor.headers, "Short-lived");
    const deleted = await succeed<{ id: string }>("deletePerson", { id }, editor.headers);
    expect(deleted.id).toBe(id);
    expect(await sql("SELECT 1 FROM person WHERE id = $1", [uuidOf(id)])).toHaveLength(0);
    const lookup = await execute(
      graphql(`
        query PersonById($id: ID!) {
          person(id: $id) {
            id
          }
        }
      `),
      { id },
    );
    expect(lookup.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await mutate("deletePerson", { id }, { headers: editor.headers })).toMatchObject({
      __typename: "NotFoundError",
      typename: "Person",
    });
  });
});

const ORGANIZATION_BY_SLUG = graphql(`
  query OrganizationViewBySlug($slug: String!) {
    organization(slug: $slug) {
      id
      slug
      name
      acronym
      kind
      parent {
        id
      }
      version
    }
  }
`);
type OrganizationView = NonNullable<ResultOf<typeof ORGANIZATION_BY_SLUG>["organization"]>;
/** The same selection, for the mutations' success data. */
const ORGANIZATION_FIELDS = "id slug name acronym kind parent { id } version";

async function within(id: string): Promise<string[]> {
  const result = await data(
    graphql(`
      query OrganizationsWithin($id: ID!) {
        organizations(first: 100, filter: { within: $id }) {
          edges {
            node {
              id
            }
          }
        }
      }
    `),
    { id },
  );
  return result.organizations.edges.map((edge) => edge.node.id).sort();
}

async function meetingsOf(organization: string): Promise<string[]> {
  const result = await data(
    graphql(`
      query MeetingsOfOrganization($id: ID!) {
        meetings(first: 100, filter: { organization: { id: $id } }) {
          edges {
            node {
              slug
            }
          }
        }
      }
    `),
    { id: organization },
  );
  return result.meetings.edges.map((edge) => edge.node.slug).sort();
}

describe("organizations", () => {
  test("createOrganization stores it under its parent; organization(slug:) reads it back", async () => {
    const parent = await gid("Organization", "japan-ministry-of-defense");
    const slug = uniqueSlug("bureau-of-personnel");
    const created = await succeed<OrganizationView>(
      "createOrganization",
      { slug, name: "Bureau of Personnel and Education", acronym: "BPE", kind: "BUREAU", country: "JP", parent },
      editor.headers,
      ORGANIZATION_FIELDS,
    );
    expect(created).toMatchObject({
      slug,
      name: "Bureau of Personnel and Education",
      acronym: "BPE",
      kind: "BUREAU",
      parent: { id: parent },
      version: 1,
    });
    const read = await data(ORGANIZATION_BY_SLUG, { slug });
    expect(read.organization).toEqual(created);
    expect(await within(await gid("Organization", "government-of-japan"))).toContain(created.id);
  });

  test("a duplicate slug is a ConflictError on slug; an unknown parent is a ValidationError at input.parent", async () => {
    expect(
      await mutate(
        "createOrganization",
        { slug: "united-nations", name: "UN again", kind: "OTHER" },
        { headers: editor.headers },
      ),
    ).toMatchObject({
      __typename: "ConflictError",
      field: "slug",
    });
    const parent = unknownId("Organization");
    expect(
      await mutate(
        "createOrganization",
        { slug: uniqueSlug("orphan"), name: "Orphan", kind: "OTHER", parent },
        { headers: editor.headers },
      ),
    ).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "parent"], message: `no organization has the id "${parent}"` }],
    });
  });

  test("moving an organization moves its whole subtree: within, and meeting filters by organization, follow it", async () => {
    const oldRoot = await createOrganization(editor.headers, { name: "Old Ministry" });
    const moved = await createOrganization(editor.headers, { name: "Moving Bureau", parent: oldRoot });
    const leaf = await createOrganization(editor.headers, { name: "Moving Division", parent: moved });
    const newRoot = await createOrganization(editor.headers, { name: "New Ministry" });

    // Someone attended a meeting for the leaf.
    const document = await createDocument(editor.headers);
    const person = await createPerson(editor.headers, "Delegate");
    const meetingSlug = uniqueSlug("subtree-meeting");
    await succeed(
      "createMeeting",
      {
        slug: meetingSlug,
        title: "Subtree meeting",
        kind: "OTHER",
        status: "HELD",
        citation: { document, quote: "Both sides agreed to meet again in the autumn." },
        participants: [
          {
            person,
            organization: leaf,
            roleTitle: "Director",
            side: "HOST",
            citation: { document, quote: "the Minister of Defense" },
          },
        ],
      },
      editor.headers,
    );

    expect(await within(oldRoot)).toEqual([moved, leaf].sort());
    expect(await within(newRoot)).toEqual([]);
    expect(await meetingsOf(oldRoot)).toEqual([meetingSlug]);

    const result = await succeed<OrganizationView>(
      "updateOrganization",
      { id: moved, expectedVersion: 1, parent: newRoot },
      editor.headers,
      ORGANIZATION_FIELDS,
    );
    expect(result).toMatchObject({ parent: { id: newRoot }, version: 2 });

    expect(await within(oldRoot)).toEqual([]);
    expect(await within(newRoot)).toEqual([moved, leaf].sort());
    expect(await meetingsOf(oldRoot)).toEqual([]);
    expect(await meetingsOf(newRoot)).toEqual([meetingSlug]);
    const [stored] = await sql<{ ancestors: string[] }>(
      "SELECT ancestor_ids::text[] AS ancestors FROM organization WHERE id = $1",
      [uuidOf(leaf)],
    );
    expect(stored?.ancestors.map((id) => encodeGlobalId("Organization", id))).toEqual([newRoot, moved]);
  });

  test("placing an organization under its own descendant is refused and moves nothing", async () => {
    const root = await createOrganization(editor.headers, { name: "Cycle Root" });
    const child = await createOrganization(editor.headers, { name: "Cycle Child", parent: root });
    const result = await mutate(
      "updateOrganization",
      { id: root, expectedVersion: 1, parent: child },
      { headers: editor.headers },
    );
    expect(result.__typename).toBe("ValidationError");
    expect(result.message).toMatch(/descendant/);
    expect(await within(root)).toEqual([child]);
  });

  test("a stale expectedVersion is a ConflictError on expectedVersion", async () => {
    const id = await createOrganization(editor.headers, { name: "Versioned Office" });
    await succeed("updateOrganization", { id, expectedVersion: 1, acronym: "VO" }, editor.headers);
    expect(
      await mutate("updateOrganization", { id, expectedVersion: 1, name: "Lost update" }, { headers: editor.headers }),
    ).toMatchObject({
      __typename: "ConflictError",
      field: "expectedVersion",
    });
  });

  test("deleting an organization with sub-organizations is a ConflictError; a leaf is deleted", async () => {
    const root = await createOrganization(editor.headers, { name: "Parent Office" });
    const child = await createOrganization(editor.headers, { name: "Child Office", parent: root });
    const refused = await mutate("deleteOrganization", { id: root }, { headers: editor.headers });
    expect(refused.__typename).toBe("ConflictError");
    expect(refused.message).toMatch(/1 sub-organization/);

    expect(await succeed<{ id: string }>("deleteOrganization", { id: child }, editor.headers)).toEqual({ id: child });
    expect(await succeed<{ id: string }>("deleteOrganization", { id: root }, editor.headers)).toEqual({ id: root });
    expect(
      await sql("SELECT 1 FROM organization WHERE id = ANY($1::uuid[])", [[uuidOf(root), uuidOf(child)]]),
    ).toHaveLength(0);
    expect(await mutate("deleteOrganization", { id: root }, { headers: editor.headers })).toMatchObject({
      __typename: "NotFoundError",
      typename: "Organization",
    });
  });

  test("deleting an organization people attended meetings for is a ConflictError", async () => {
    const before = await rowCounts();
    const result = await mutate(
      "deleteOrganization",
      { id: await gid("Organization", "japan-joint-staff") },
      { headers: editor.headers },
    );
    expect(result.__typename).toBe("ConflictError");
    expect(result.message).toMatch(/1 participation/);
    expect(await rowCounts()).toEqual(before);
  });
});

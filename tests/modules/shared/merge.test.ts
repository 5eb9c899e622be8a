// Merging duplicates: the merged record's participations, positions, commitment roles (and an
// organization's sub-organizations) move to the survivor, rows that would then be duplicates are
// dropped, and the merged record's id and slug keep resolving to the survivor.
import { beforeAll, describe, expect, test } from "vitest";
import { dataText as data, executeText as execute } from "../../helpers/execute.js";
import {
  createDocument,
  createOrganization,
  createPerson,
  editorKey,
  expectValidation,
  gid,
  mutate,
  sql,
  succeed,
  type TestKey,
  uniqueSlug,
  uuidOf,
} from "../../helpers/writes.js";

let editor: TestKey;
let document: string;
beforeAll(async () => {
  editor = await editorKey("merge-editor");
  document = await createDocument(editor.headers);
});

const cite = (quote: string) => ({ document, quote });

async function meetingWith(participants: Array<{ person: string; organization?: string }>): Promise<string> {
  const created = await succeed<{ id: string }>(
    "createMeeting",
    {
      slug: uniqueSlug("merge-meeting"),
      title: "Merge meeting",
      kind: "OTHER",
      status: "HELD",
      citation: cite("Both sides agreed to meet again in the autumn."),
      participants: participants.map((p, index) => ({
        ...p,
        roleTitle: `Role ${index}`,
        side: index === 0 ? "HOST" : "GUEST",
        citation: cite("the Minister"),
      })),
    },
    editor.headers,
  );
  return created.id;
}

async function commitmentBy(makers: string[], addressees: string[] = []): Promise<string> {
  const created = await succeed<{ id: string }>(
    "createCommitment",
    {
      slug: uniqueSlug("merge-commitment"),
      kind: "PLEDGE",
      statement: "Meet again",
      status: "OPEN",
      makers,
      addressees,
      citation: cite("Both sides agreed to meet again in the autumn."),
    },
    editor.headers,
  );
  return created.id;
}

async function positionFor(person: string, organization: string): Promise<string> {
  const created = await succeed<{ id: string }>(
    "createPosition",
    {
      slug: uniqueSlug("merge-position"),
      person,
      organization,
      title: "Adviser",
      current: true,
      citation: cite("the Minister of Defense"),
    },
    editor.headers,
  );
  return created.id;
}

type PartyRow = { commitment_id: string; role: string; position: number };

async function partiesOf(column: "person_id" | "organization_id", globalId: string): Promise<PartyRow[]> {
  return sql<PartyRow>(
    `SELECT commitment_id::text, role::text, position FROM commitment_party WHERE ${column} = $1 ORDER BY commitment_id, role`,
    [uuidOf(globalId)],
  );
}

describe("mergePeople", () => {
  test("moves participations, positions and commitment roles, drops duplicates, and redirects the old id and slug", async () => {
    const survivorSlug = uniqueSlug("kitazawa-toshimi");
    const mergedSlug = uniqueSlug("toshimi-kitazawa");
    const survivor = await createPerson(editor.headers, "Kitazawa", survivorSlug);
    const merged = (
      await succeed<{ id: string }>(
        "createPerson",
        { slug: mergedSlug, name: "T. Kitazawa", fullName: "Toshimi Kitazawa", country: "JP" },
        editor.headers,
      )
    ).id;
    const other = await createPerson(editor.headers, "Counterpart");
    const organization = await gid("Organization", "japan-ministry-of-defense");

    const onlyMerged = await meetingWith([{ person: merged }, { person: other }]);
    const both = await meetingWith([{ person: survivor }, { person: merged }]);
    const position = await positionFor(merged, organization);
    const madeByMerged = await commitmentBy([merged], [other]);
    const madeByBoth = await commitmentBy([survivor, merged], [other]);
    const addressedToMerged = await commitmentBy([other], [merged]);

    const result = await succeed<{
      id: string;
      slug: string;
      fullName: string | null;
      country: { code: string } | null;
      version: number;
    }>("mergePeople", { survivor, merged }, editor.headers, "id slug fullName country { code } version");
    // The survivor keeps its slug and takes what it lacked from the duplicate.
    expect(result).toEqual({
      id: survivor,
      slug: survivorSlug,
      fullName: "Toshimi Kitazawa",
      country: { code: "JP" },
      version: 2,
    });

    // Participations: the duplicate's move over; at the meeting both attended, one row remains.
    const participations = await sql<{ meeting_id: string }>(
      "SELECT meeting_id::text FROM participation WHERE person_id = $1 ORDER BY meeting_id",
      [uuidOf(survivor)],
    );
    expect(participations.map((row) => row.meeting_id)).toEqual([uuidOf(onlyMerged), uuidOf(both)].sort());
    expect(await sql("SELECT 1 FROM participation WHERE person_id = $1", [uuidOf(merged)])).toHaveLength(0);

    // Positions move.
    const positions = await data<{ person: { positions: { edges: { node: { id: string } }[] } } }>(
      `query($id: ID!) { person(id: $id) { positions { edges { node { id } } } } }`,
      { id: survivor },
    );
    expect(positions.person.positions.edges.map((edge) => edge.node.id)).toEqual([position]);

    // Commitment roles move; the commitment both made keeps a single maker row for the survivor.
    expect((await partiesOf("person_id", survivor)).map((row) => [row.commitment_id, row.role])).toEqual(
      [
        [uuidOf(madeByMerged), "MAKER"],
        [uuidOf(madeByBoth), "MAKER"],
        [uuidOf(addressedToMerged), "ADDRESSEE"],
      ].sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`)),
    );
    expect(await partiesOf("person_id", merged)).toEqual([]);
    const makers = await data<{ commitment: { makers: { id: string }[] } }>(
      `query($id: ID!) { commitment(id: $id) { makers { ... on Person { id } } } }`,
      {
        id: madeByBoth,
      },
    );
    expect(makers.commitment.makers).toEqual([{ id: survivor }]);

    // The duplicate is gone, but its id and slug resolve to the survivor.
    expect(await sql("SELECT 1 FROM person WHERE id = $1", [uuidOf(merged)])).toHaveLength(0);
    const byOldId = await data<{ node: { id: string; slug: string }; person: { id: string } }>(
      `query($id: ID!) { node(id: $id) { id ... on Person { slug } } person(id: $id) { id } }`,
      { id: merged },
    );
    expect(byOldId).toEqual({ node: { id: survivor, slug: survivorSlug }, person: { id: survivor } });
    const byOldSlug = await data<{ person: { id: string } }>(`query($slug: String!) { person(slug: $slug) { id } }`, {
      slug: mergedSlug,
    });
    expect(byOldSlug.person.id).toBe(survivor);
    const nodes = await data<{ nodes: Array<{ id: string } | null> }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: [merged, other] },
    );
    expect(nodes.nodes).toEqual([{ id: survivor }, { id: other }]);
  });

  test("a chain of merges resolves the first id to the last survivor", async () => {
    const first = await createPerson(editor.headers, "First");
    const second = await createPerson(editor.headers, "Second");
    const third = await createPerson(editor.headers, "Third");
    await succeed("mergePeople", { survivor: second, merged: first }, editor.headers);
    await succeed("mergePeople", { survivor: third, merged: second }, editor.headers);
    const read = await data<{ a: { id: string }; b: { id: string } }>(
      `query($a: ID!, $b: ID!) { a: person(id: $a) { id } b: node(id: $b) { id } }`,
      {
        a: first,
        b: second,
      },
    );
    expect(read).toEqual({ a: { id: third }, b: { id: third } });
  });

  test("a slug freed by a merge can be reused, and merging its new owner away redirects it to the newest survivor", async () => {
    const slug = uniqueSlug("reused-slug");
    const firstSurvivor = await createPerson(editor.headers, "First survivor");
    const original = await createPerson(editor.headers, "Original", slug);
    await succeed("mergePeople", { survivor: firstSurvivor, merged: original }, editor.headers);

    // The slug is free again: a new person may take it, and then it names that person.
    const reused = await createPerson(editor.headers, "Reused", slug);
    expect(
      (await data<{ person: { id: string } }>(`query($slug: String!) { person(slug: $slug) { id } }`, { slug })).person
        .id,
    ).toBe(reused);

    // Merging the new owner away must work like any merge.
    const secondSurvivor = await createPerson(editor.headers, "Second survivor");
    const result = await mutate<{ id: string }>(
      "mergePeople",
      { survivor: secondSurvivor, merged: reused },
      { headers: editor.headers, select: "id" },
    );
    expect({ typename: result.__typename, message: result.message }).toEqual({
      typename: "MutationMergePeopleSuccess",
      message: undefined,
    });
    const read = await data<{ bySlug: { id: string }; byOldId: { id: string } }>(
      `query($slug: String!, $id: ID!) { bySlug: person(slug: $slug) { id } byOldId: person(id: $id) { id } }`,
      { slug, id: original },
    );
    expect(read).toEqual({ bySlug: { id: secondSurvivor }, byOldId: { id: firstSurvivor } });
  });

  test("merging a person into itself is a ValidationError; an unknown or already merged duplicate is a NotFoundError", async () => {
    const person = await createPerson(editor.headers, "Alone");
    expect(
      expectValidation(await mutate("mergePeople", { survivor: person, merged: person }, { headers: editor.headers })),
    ).toEqual([{ path: ["input", "merged"], message: "a record cannot be merged into itself" }]);
    const gone = await createPerson(editor.headers, "Gone");
    await succeed("mergePeople", { survivor: person, merged: gone }, editor.headers);
    expect(await mutate("mergePeople", { survivor: person, merged: gone }, { headers: editor.headers })).toMatchObject({
      __typename: "NotFoundError",
      typename: "Person",
      key: gone,
    });
    const organization = await gid("Organization", "united-nations");
    expect(
      expectValidation(
        await mutate("mergePeople", { survivor: person, merged: organization }, { headers: editor.headers }),
      ),
    ).toEqual([
      { path: ["input", "merged"], message: `expected a person; "${organization}" is the id of an Organization` },
    ]);
  });
});

describe("mergeOrganizations", () => {
  test("moves sub-organizations, participations, positions and commitment roles, and redirects the old id and slug", async () => {
    const parent = await createOrganization(editor.headers, { name: "Parent" });
    const survivor = await createOrganization(editor.headers, { name: "Defense Ministry", parent });
    const mergedSlug = uniqueSlug("ministry-of-defence");
    const merged = (
      await succeed<{ id: string }>(
        "createOrganization",
        { slug: mergedSlug, name: "Ministry of Defence", acronym: "MOD", kind: "MINISTRY" },
        editor.headers,
      )
    ).id;
    const child = await createOrganization(editor.headers, { name: "Bureau", parent: merged });
    const grandchild = await createOrganization(editor.headers, { name: "Division", parent: child });
    const person = await createPerson(editor.headers, "Official");
    const meeting = await meetingWith([{ person, organization: merged }]);
    const position = await positionFor(person, merged);
    const madeByBoth = await commitmentBy([survivor, merged]);
    const addressed = await commitmentBy([person], [merged]);

    const result = await succeed<{ id: string; acronym: string | null; version: number }>(
      "mergeOrganizations",
      { survivor, merged },
      editor.headers,
      "id acronym version",
    );
    expect(result).toEqual({ id: survivor, acronym: "MOD", version: 2 });

    const children = await data<{ organization: { children: { edges: { node: { id: string } }[] } } }>(
      `query($id: ID!) { organization(id: $id) { children { edges { node { id } } } } }`,
      { id: survivor },
    );
    expect(children.organization.children.edges.map((edge) => edge.node.id)).toEqual([child]);
    const subtree = await data<{ organizations: { edges: { node: { id: string } }[] } }>(
      `query($id: ID!) { organizations(filter: { within: $id }) { edges { node { id } } } }`,
      { id: parent },
    );
    expect(subtree.organizations.edges.map((edge) => edge.node.id).sort()).toEqual(
      [survivor, child, grandchild].sort(),
    );

    expect(
      await sql("SELECT 1 FROM participation WHERE meeting_id = $1 AND organization_id = $2", [
        uuidOf(meeting),
        uuidOf(survivor),
      ]),
    ).toHaveLength(1);
    expect(
      await sql("SELECT 1 FROM position WHERE id = $1 AND organization_id = $2", [uuidOf(position), uuidOf(survivor)]),
    ).toHaveLength(1);
    expect((await partiesOf("organization_id", survivor)).map((row) => [row.commitment_id, row.role])).toEqual(
      [
        [uuidOf(madeByBoth), "MAKER"],
        [uuidOf(addressed), "ADDRESSEE"],
      ].sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`)),
    );
    expect(await partiesOf("organization_id", merged)).toEqual([]);

    const byOld = await data<{ node: { id: string }; organization: { id: string }; bySlug: { id: string } }>(
      `query($id: ID!, $slug: String!) { node(id: $id) { id } organization(id: $id) { id } bySlug: organization(slug: $slug) { id } }`,
      { id: merged, slug: mergedSlug },
    );
    expect(byOld).toEqual({ node: { id: survivor }, organization: { id: survivor }, bySlug: { id: survivor } });
    const meetings = await data<{ meetings: { edges: { node: { id: string } }[] } }>(
      `query($id: ID!) { meetings(filter: { organization: { id: $id } }) { edges { node { id } } } }`,
      { id: parent },
    );
    expect(meetings.meetings.edges.map((edge) => edge.node.id)).toEqual([meeting]);
  });

  test("a survivor that sat under the duplicate is lifted into its place", async () => {
    const top = await createOrganization(editor.headers, { name: "Top" });
    const merged = await createOrganization(editor.headers, { name: "Duplicate Ministry", parent: top });
    const survivor = await createOrganization(editor.headers, { name: "Real Ministry", parent: merged });
    const sibling = await createOrganization(editor.headers, { name: "Sibling Bureau", parent: merged });
    const result = await succeed<{ parent: { id: string } | null }>(
      "mergeOrganizations",
      { survivor, merged },
      editor.headers,
      "parent { id }",
    );
    expect(result.parent).toEqual({ id: top });
    const read = await execute<{ organization: { parent: { id: string } } }>(
      `query($id: ID!) { organization(id: $id) { parent { id } } }`,
      { id: sibling },
    );
    expect(read.data?.organization.parent).toEqual({ id: survivor });
  });
});

// Positions, deletes and merges name records as every other input does (issue 11 item 1): by global
// id or slug, decoded in the schema layer from the one lookup before execution. The record acted on
// (deleted, updated, merged), when missing, is a NotFoundError naming the value sent; a position's
// person, organization or document naming nothing is a ValidationError at its path, nothing written
// (ARCHITECTURE.md, Conventions, Errors).
import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../../generated/index.js";
import { execute } from "../../helpers/execute.js";
import {
  createDocument,
  createOrganization,
  createPerson,
  editorKey,
  type Headers,
  rowCounts,
  sql,
  uniqueSlug,
  uuidOf,
} from "../../helpers/writes.js";

const DELETE_PERSON = graphql(`
  mutation DeletePersonByReference($input: DeleteInput!) {
    deletePerson(input: $input) {
      __typename
      ... on MutationDeletePersonSuccess {
        data {
          id
        }
      }
      ... on NotFoundError {
        typename
        key
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const MERGE_PEOPLE = graphql(`
  mutation MergePeopleByReference($input: MergeInput!) {
    mergePeople(input: $input) {
      __typename
      ... on MutationMergePeopleSuccess {
        data {
          slug
          name
        }
      }
      ... on NotFoundError {
        typename
        key
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const MERGE_ORGANIZATIONS = graphql(`
  mutation MergeOrganizationsByReference($input: MergeInput!) {
    mergeOrganizations(input: $input) {
      __typename
      ... on MutationMergeOrganizationsSuccess {
        data {
          slug
        }
      }
      ... on NotFoundError {
        typename
        key
      }
    }
  }
`);

const PERSON_BY_SLUG = graphql(`
  query PersonAfterMerge($slug: String!) {
    person(slug: $slug) {
      slug
    }
  }
`);

const CREATE_POSITION = graphql(`
  mutation CreatePositionByReferences($input: CreatePositionInput!) {
    createPosition(input: $input) {
      __typename
      ... on MutationCreatePositionSuccess {
        data {
          title
          person {
            slug
          }
          organization {
            slug
          }
          citation {
            document {
              slug
            }
          }
        }
      }
      ... on NotFoundError {
        typename
        key
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const UPDATE_POSITION = graphql(`
  mutation UpdatePositionBySlug($input: UpdatePositionInput!) {
    updatePosition(input: $input) {
      __typename
      ... on MutationUpdatePositionSuccess {
        data {
          title
          version
        }
      }
      ... on NotFoundError {
        typename
        key
      }
    }
  }
`);

const DELETE_POSITION = graphql(`
  mutation DeletePositionBySlug($input: DeleteInput!) {
    deletePosition(input: $input) {
      __typename
      ... on NotFoundError {
        typename
        key
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

let headers: Headers;
let document: string;

beforeAll(async () => {
  headers = (await editorKey("more-references-editor")).headers;
  document = uniqueSlug("doc");
  await createDocument(headers, document);
});

describe("deletes by slug", () => {
  test("deletePerson by slug deletes that person and answers its global id", async () => {
    const slug = uniqueSlug("to-delete");
    const id = await createPerson(headers, "To Delete", slug);
    expect((await execute(DELETE_PERSON, { input: { id: slug } }, headers)).data?.deletePerson).toEqual({
      __typename: "MutationDeletePersonSuccess",
      data: { id },
    });
    expect(await sql("SELECT 1 FROM person WHERE id = $1", [uuidOf(id)])).toHaveLength(0);
  });

  test("a slug that names no person is a NotFoundError naming the slug, and nothing is written", async () => {
    const before = await rowCounts();
    expect((await execute(DELETE_PERSON, { input: { id: "no-such-person" } }, headers)).data?.deletePerson).toEqual({
      __typename: "NotFoundError",
      typename: "Person",
      key: "no-such-person",
    });
    expect(await rowCounts()).toEqual(before);
  });

  test("the slug of an organization does not delete it as a person", async () => {
    const slug = uniqueSlug("org");
    await createOrganization(headers, { slug });
    expect((await execute(DELETE_PERSON, { input: { id: slug } }, headers)).data?.deletePerson).toEqual({
      __typename: "NotFoundError",
      typename: "Person",
      key: slug,
    });
    expect(await sql("SELECT 1 FROM organization WHERE slug = $1", [slug])).toHaveLength(1);
  });

  test("deleting by slug costs the same statements as by global id: the slug is found in the one lookup", async () => {
    const bySlug = uniqueSlug("count-slug");
    await createPerson(headers, "Count Slug", bySlug);
    const byId = await createPerson(headers, "Count Id");
    const slugResult = await execute(DELETE_PERSON, { input: { id: bySlug } }, headers);
    const idResult = await execute(DELETE_PERSON, { input: { id: byId } }, headers);
    expect(slugResult.data?.deletePerson?.__typename).toBe("MutationDeletePersonSuccess");
    expect(idResult.data?.deletePerson?.__typename).toBe("MutationDeletePersonSuccess");
    expect(slugResult.sql).toBe(idResult.sql);
    // The API key, the one lookup (which also checks the global id exists), then the transaction
    // (its BEGIN is not counted): the acting key, the person with its dependents counted, the delete, COMMIT.
    expect(slugResult.sql).toBe(6);
  });
});

describe("merges by slug", () => {
  test("mergePeople by slugs: the duplicate disappears and its slug resolves to the survivor", async () => {
    const survivor = uniqueSlug("survivor");
    const merged = uniqueSlug("duplicate");
    await createPerson(headers, "Survivor", survivor);
    await createPerson(headers, "Duplicate", merged);
    expect((await execute(MERGE_PEOPLE, { input: { survivor, merged } }, headers)).data?.mergePeople).toEqual({
      __typename: "MutationMergePeopleSuccess",
      data: { slug: survivor, name: "Survivor" },
    });
    expect((await execute(PERSON_BY_SLUG, { slug: merged })).data?.person).toEqual({ slug: survivor });
    // Merging again by the old slug names the survivor twice.
    expect((await execute(MERGE_PEOPLE, { input: { survivor, merged } }, headers)).data?.mergePeople).toEqual({
      __typename: "ValidationError",
      issues: [{ path: ["input", "merged"], message: "a record cannot be merged into itself" }],
    });
  });

  test("mergeOrganizations by slug", async () => {
    const survivor = uniqueSlug("org-survivor");
    const merged = uniqueSlug("org-duplicate");
    await createOrganization(headers, { slug: survivor });
    await createOrganization(headers, { slug: merged });
    expect(
      (await execute(MERGE_ORGANIZATIONS, { input: { survivor, merged } }, headers)).data?.mergeOrganizations,
    ).toEqual({ __typename: "MutationMergeOrganizationsSuccess", data: { slug: survivor } });
    expect(await sql("SELECT 1 FROM organization WHERE slug = $1", [merged])).toHaveLength(0);
  });

  test("an unknown slug in a merge is a NotFoundError naming it, and nothing is written", async () => {
    const survivor = uniqueSlug("lonely");
    await createPerson(headers, "Lonely", survivor);
    const before = await rowCounts();
    expect(
      (await execute(MERGE_PEOPLE, { input: { survivor, merged: "no-such-duplicate" } }, headers)).data?.mergePeople,
    ).toEqual({ __typename: "NotFoundError", typename: "Person", key: "no-such-duplicate" });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("positions by slug", () => {
  const position = (fields: { person: string; organization: string; slug?: string }) => ({
    slug: fields.slug ?? uniqueSlug("position"),
    person: fields.person,
    organization: fields.organization,
    title: "Secretary-General",
    current: true,
    citation: { document, quote: "the Secretary-General" },
  });

  test("createPosition names its person, organization and document by slug; update and delete take its slug", async () => {
    const slug = uniqueSlug("sg");
    const created = await execute(
      CREATE_POSITION,
      { input: position({ slug, person: "ban-ki-moon", organization: "united-nations" }) },
      headers,
    );
    expect(created.data?.createPosition).toEqual({
      __typename: "MutationCreatePositionSuccess",
      data: {
        title: "Secretary-General",
        person: { slug: "ban-ki-moon" },
        organization: { slug: "united-nations" },
        citation: { document: { slug: document } },
      },
    });
    expect(
      (
        await execute(
          UPDATE_POSITION,
          { input: { id: slug, expectedVersion: 1, title: "UN Secretary-General" } },
          headers,
        )
      ).data?.updatePosition,
    ).toEqual({
      __typename: "MutationUpdatePositionSuccess",
      data: { title: "UN Secretary-General", version: 2 },
    });
    expect((await execute(DELETE_POSITION, { input: { id: slug } }, headers)).data?.deletePosition).toEqual({
      __typename: "MutationDeletePositionSuccess",
    });
    expect(await sql("SELECT 1 FROM position WHERE slug = $1", [slug])).toHaveLength(0);
    expect(
      (await execute(UPDATE_POSITION, { input: { id: slug, expectedVersion: 2, title: "X" } }, headers)).data
        ?.updatePosition,
    ).toEqual({ __typename: "NotFoundError", typename: "Position", key: slug });
  });

  test("a person, organization or document naming nothing is a ValidationError at each path, in the one lookup", async () => {
    const before = await rowCounts();
    const result = await execute(
      CREATE_POSITION,
      {
        input: {
          ...position({ person: "no-such-person", organization: "kitazawa" }),
          citation: { document: "no-such-document", quote: "the Secretary-General" },
        },
      },
      headers,
    );
    expect(result.data?.createPosition).toEqual({
      __typename: "ValidationError",
      issues: [
        { path: ["input", "person"], message: 'no person has the id or slug "no-such-person"' },
        { path: ["input", "organization"], message: 'no organization has the id or slug "kitazawa"' },
        {
          path: ["input", "citation", "document"],
          message: 'no source document has the id or slug "no-such-document"',
        },
      ],
    });
    // The API key check and the one lookup of every reference: no transaction.
    expect(result.sql).toBe(2);
    expect(await rowCounts()).toEqual(before);
  });
});

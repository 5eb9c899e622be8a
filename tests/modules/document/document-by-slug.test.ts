// updateSourceDocument names the document by global id or slug (issue 11 item 1); a slug that
// names no document is a NotFoundError naming it, as a lookup by a missing slug is NOT_FOUND.
import { beforeAll, expect, test } from "vitest";
import { graphql } from "../../generated/index.js";
import { execute } from "../../helpers/execute.js";
import { createDocument, editorKey, type Headers, uniqueSlug } from "../../helpers/writes.js";

const UPDATE = graphql(`
  mutation UpdateSourceDocumentBySlug($input: UpdateSourceDocumentInput!) {
    updateSourceDocument(input: $input) {
      __typename
      ... on MutationUpdateSourceDocumentSuccess {
        data {
          slug
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

let headers: Headers;
const slug = uniqueSlug("doc");

beforeAll(async () => {
  headers = (await editorKey("documents-editor")).headers;
  await createDocument(headers, slug);
});

test("a document is corrected by its slug", async () => {
  expect(
    (await execute(UPDATE, { input: { id: slug, expectedVersion: 1, title: "Corrected" } }, headers)).data,
  ).toEqual({
    updateSourceDocument: {
      __typename: "MutationUpdateSourceDocumentSuccess",
      data: { slug, title: "Corrected", version: 2 },
    },
  });
});

test("a slug that names no document is a NotFoundError naming the slug", async () => {
  expect(
    (await execute(UPDATE, { input: { id: "no-such-document", expectedVersion: 1, title: "X" } }, headers)).data,
  ).toEqual({
    updateSourceDocument: { __typename: "NotFoundError", typename: "SourceDocument", key: "no-such-document" },
  });
});

import { beforeAll, expect, test } from "vitest";
import { graphql } from "../../generated/index.js";
import { data } from "../../helpers/execute.js";
import { createDocument, editorKey, expectValidation, mutate, type TestKey } from "../../helpers/writes.js";

let editor: TestKey;
beforeAll(async () => {
  editor = await editorKey();
});

test("updateSourceDocument corrects metadata at the version read, and refuses a stale version", async () => {
  const id = await createDocument(editor.headers);
  const updated = await mutate<{
    title: string;
    version: number;
    published: { value: string; basis: string; note: string };
  }>(
    "updateSourceDocument",
    {
      id,
      expectedVersion: 1,
      title: "Corrected headline",
      published: "2011-09",
      publishedInferred: true,
      publishedNote: "from the archive index",
    },
    { headers: editor.headers, select: "title version published { value basis note }" },
  );
  expect(updated.data).toEqual({
    title: "Corrected headline",
    version: 2,
    published: { value: "2011-09", basis: "INFERRED", note: "from the archive index" },
  });

  const stale = await mutate(
    "updateSourceDocument",
    { id, expectedVersion: 1, title: "Lost update" },
    { headers: editor.headers },
  );
  expect(stale).toMatchObject({ __typename: "ConflictError", field: "expectedVersion" });
});

test("a cited document's text cannot change: a ValidationError, and the text stays", async () => {
  const seed = await data(
    graphql(`
      query SeedDocumentBodies {
        documents(first: 10) {
          edges {
            node {
              id
              slug
              version
              body
            }
          }
        }
      }
    `),
  );
  const document = seed.documents.edges
    .map((edge) => edge.node)
    .find((node) => node.slug === "mod-2011-kitazawa-ban-meeting");
  if (!document) throw new Error("no seed document mod-2011-kitazawa-ban-meeting");
  const result = await mutate(
    "updateSourceDocument",
    { id: document.id, expectedVersion: document.version, body: "rewritten" },
    { headers: editor.headers },
  );
  expect(expectValidation(result)[0]?.message).toMatch(/is cited; its body cannot change/);
  const after = await data(
    graphql(`
      query SourceDocumentBody($id: ID!) {
        node(id: $id) {
          ... on SourceDocument {
            body
          }
        }
      }
    `),
    { id: document.id },
  );
  expect(after.node && "body" in after.node ? after.node.body : undefined).toBe(document.body);
});

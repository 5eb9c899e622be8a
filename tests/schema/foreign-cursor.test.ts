import { expect, test } from "vitest";
import { graphql } from "../generated/index.js";
import { data, execute } from "../helpers/execute.js";

test("a cursor from another list is a BAD_USER_INPUT naming it, not an empty page", async () => {
  const people = await data(
    graphql(`
      query FirstPersonCursor {
        people(first: 1) {
          edges {
            cursor
          }
        }
      }
    `),
  );
  const foreign = people.people.edges[0]?.cursor as string;

  const result = await execute(
    graphql(`
      query MeetingSlugsAfter($after: String) {
        meetings(first: 2, after: $after) {
          edges {
            node {
              slug
            }
          }
        }
      }
    `),
    { after: foreign },
  );
  expect(result.data).toBeNull();
  expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(result.errors?.[0]?.message).toBe(
    `Cursor "${foreign}" does not come from the meetings list: page with cursors this list returned`,
  );
});

test("the last cursor of a list still gives an empty page, not an error", async () => {
  const all = await data(
    graphql(`
      query AllMeetingCursors {
        meetings(first: 100) {
          edges {
            cursor
          }
        }
      }
    `),
  );
  const last = all.meetings.edges.at(-1)?.cursor;
  const after = await data(
    graphql(`
      query MeetingCursorsAfter($after: String) {
        meetings(first: 5, after: $after) {
          edges {
            cursor
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    `),
    { after: last },
  );
  expect(after.meetings).toEqual({ edges: [], pageInfo: { hasNextPage: false } });
});

// Two parties, one question: "What did Japan promise or agree with China?" is one filter,
// `between: { a, b }` (made by one and addressed to the other, or made jointly by both), and
// each commitment says which way it runs with `direction(a:, b:)`.
import { describe, expect, test } from "vitest";
import type { CommitmentDirection } from "../../generated/graphql.js";
import { graphql } from "../../generated/index.js";
import { data, execute } from "../../helpers/execute.js";
import { expectBadUserInput, nodes, sorted } from "../../helpers/graphql.js";
import { BAN_MADE, JOINT, NAKAE_THANKS } from "../../helpers/seed-slugs.js";

const BETWEEN = graphql(`
  query CommitmentsBetween($between: CommitmentBetween!, $a: ID!, $b: ID!) {
    commitments(filter: { between: $between }, first: 100) {
      totalCount
      edges {
        node {
          slug
          direction(a: $a, b: $b)
        }
      }
    }
  }
`);

/** Each commitment between a and b as "slug: DIRECTION", sorted. */
async function between(a: string, b: string, directions?: CommitmentDirection[]): Promise<string[]> {
  const result = await data(BETWEEN, {
    between: { a, b, directions },
    a,
    b,
  });
  expect(result.commitments.totalCount).toBe(result.commitments.edges.length);
  return sorted(nodes(result.commitments).map((row) => `${row.slug}: ${row.direction}`));
}

describe("between two countries", () => {
  test("what Japan promised or agreed with China: the joint statements and Japan's thanks to China", async () => {
    expect(await between("JP", "CN")).toEqual(
      sorted([...JOINT.map((slug) => `${slug}: JOINT`), `${NAKAE_THANKS}: A_TO_B`]),
    );
  });

  test("swapping the parties swaps the direction", async () => {
    expect(await between("CN", "JP")).toEqual(
      sorted([...JOINT.map((slug) => `${slug}: JOINT`), `${NAKAE_THANKS}: B_TO_A`]),
    );
  });

  test("directions narrows to one way", async () => {
    expect(await between("JP", "CN", ["A_TO_B"])).toEqual([`${NAKAE_THANKS}: A_TO_B`]);
    expect(await between("JP", "CN", ["B_TO_A"])).toEqual([]);
    expect(await between("JP", "CN", ["JOINT"])).toEqual(sorted(JOINT.map((slug) => `${slug}: JOINT`)));
  });
});

describe("between an organization or a person and a country", () => {
  test("the UN's requests and thanks to Japan", async () => {
    expect(await between("united-nations", "JP")).toEqual(sorted(BAN_MADE.map((slug) => `${slug}: A_TO_B`)));
  });

  test("the Secretary-General's, and Japan's answer addressed to him", async () => {
    expect(await between("ban-ki-moon", "JP")).toEqual(
      sorted([...BAN_MADE.map((slug) => `${slug}: A_TO_B`), "kitazawa-response-south-sudan-engineers: B_TO_A"]),
    );
  });

  test("answers addressed to no one are not between anyone", async () => {
    const slugs = (await between("united-nations", "JP")).map((row) => row.split(":")[0]);
    expect(slugs).not.toContain("kitazawa-response-minustah");
  });
});

test("direction is null for a commitment that is not between the two", async () => {
  const result = await data(
    graphql(`
      query UnitedNationsCommitmentsDirection {
        commitments(filter: { maker: "united-nations" }, first: 100) {
          edges {
            node {
              slug
              direction(a: "JP", b: "CN")
            }
          }
        }
      }
    `),
  );
  expect(nodes(result.commitments).map((row) => row.direction)).toEqual(BAN_MADE.map(() => null));
});

test("directions for a whole page cost a fixed number of statements, however long the page", async () => {
  const page = graphql(`
    query CommitmentDirectionsPage($first: Int!) {
      commitments(first: $first) {
        edges {
          node {
            direction(a: "JP", b: "CN")
          }
        }
      }
    }
  `);
  const [one, all] = [await execute(page, { first: 1 }), await execute(page, { first: 16 })];
  expect(all.sql).toBe(one.sql);
});

test("an unknown party is named", async () => {
  await expectBadUserInput(
    graphql(`
      query CommitmentsBetweenUnknownParty {
        commitments(filter: { between: { a: "JP", b: "atlantis" } }) {
          totalCount
        }
      }
    `),
    {},
    /"between.b": no person, organization or country has the id, slug or ISO code "atlantis"/,
  );
});

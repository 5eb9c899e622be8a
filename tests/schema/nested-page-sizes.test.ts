// Natural nested queries fit the cost limit: lists inside records default to 10 rows (top-level
// lists to 20), so a four-level query written without `first:` runs, and a query that is still
// too costly is refused with the path of lists that carries most of its cost.
import { parse } from "graphql";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "../../src/infra/db.js";
import { DEFAULT_PAGE_SIZE, MAX_QUERY_COST, NESTED_PAGE_SIZE } from "../../src/schema/builder.js";
import { schema } from "../../src/schema/index.js";
import { costliestPath } from "../../src/schema/query-cost.js";
import { graphql } from "../generated/index.js";
import { data, execute, executeText } from "../helpers/execute.js";
import { createSource } from "../helpers/generate.js";

const NATURAL = graphql(`
  query NestedPageSizesNatural {
    people(filter: { country: "JP" }) {
      edges {
        node {
          name
          participations {
            edges {
              node {
                meeting {
                  title
                  participants {
                    edges {
                      node {
                        person {
                          name
                          positions {
                            edges {
                              node {
                                title
                                organization {
                                  name
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

const NESTED_PAGE_SIZES_DEFAULTS = graphql(`
  query NestedPageSizesDefaults {
    people(filter: { name: { startsWith: "Page Size" } }) {
      edges {
        node {
          name
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    person(slug: "page-size-person-0") {
      positions {
        totalCount
        edges {
          node {
            title
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

beforeAll(async () => {
  // 25 people (more than a top-level page) and one of them with 12 positions (more than a nested page).
  const source = await createSource("page-size-source");
  const organization = await db.organization.findUniqueOrThrow({ where: { slug: "japan-ministry-of-defense" } });
  const people = await Promise.all(
    Array.from({ length: 25 }, (_, i) =>
      db.person.create({ data: { slug: `page-size-person-${i}`, name: `Page Size ${String(i).padStart(2, "0")}` } }),
    ),
  );
  const [first] = people;
  for (let i = 0; i < 12; i++) {
    await db.position.create({
      data: {
        slug: `page-size-position-${i}`,
        personId: first?.id ?? "",
        organizationId: organization.id,
        title: `Role ${i}`,
        current: false,
        citationId: await source.cite(),
      },
    });
  }
});

describe("default page sizes", () => {
  test(`a top-level list returns ${DEFAULT_PAGE_SIZE} rows, a list inside a record ${NESTED_PAGE_SIZE}, each saying more follow`, async () => {
    const result = await data(NESTED_PAGE_SIZES_DEFAULTS);
    expect(result.people.edges).toHaveLength(20);
    expect(result.people.pageInfo.hasNextPage).toBe(true);
    expect(result.person.positions.edges).toHaveLength(10);
    expect(result.person.positions).toMatchObject({ totalCount: 12, pageInfo: { hasNextPage: true } });
  });

  test("people → participations → meeting → participants → person → positions, without first:, runs on the seed", async () => {
    const response = await execute(NATURAL);
    expect(response.errors).toBeUndefined();
    const nakae = response.data?.people.edges.find((edge) => edge.node.name === "Nakae")?.node;
    const meeting = nakae?.participations.edges[0]?.node.meeting;
    expect(meeting?.title).toBe("9th Japan-China Defense Vice-Ministerial Meeting");
    expect(meeting?.participants.edges.map((edge) => edge.node.person.name)).toEqual([
      "Nakae",
      "Takamizawa",
      "Sakurai",
      "Kawano",
      "Ma Xiaotian",
      "Xu Jingming",
    ]);
  });

  test("its cost, counted with the default page sizes, is within the limit", () => {
    const { cost } = costliestPath(
      { schema, operation: operationOf(NATURAL.toString()), fragments: {}, variableValues: {} },
      {},
    );
    expect(cost).toBeLessThanOrEqual(MAX_QUERY_COST);
    expect(cost).toBe(46_641);
  });
});

function operationOf(query: string) {
  const [operation] = parse(query).definitions;
  if (operation?.kind !== "OperationDefinition") throw new Error("expected an operation");
  return operation;
}

describe("a query still too costly", () => {
  // Text, not a graphql() operation: the point is a document over the cost limit.
  const COSTLY = `{ people(first: 100) { edges { node {
    participations(first: 50) { edges { node { meeting { participants { edges { node { person { positions { edges { node { title } } } } } } } } } } }
    positions { edges { node { title } } } } } } }`;

  test("is refused naming the path of lists that carries most of the cost", async () => {
    const response = await executeText(COSTLY);
    const [error] = response.errors ?? [];
    const path = "people(100) > participations(50) > meeting > participants(10) > person > positions(10)";
    expect(error?.message).toMatch(
      /^Query too costly: complexity \d+ exceeds the limit of 50000\. Most of it is under /,
    );
    expect(error?.message).toContain(`${path}: give one of those lists a smaller \`first:\``);
    expect(error?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "complexity", costliestPath: path });
    expect(response.sql).toBe(0);
  });

  test("the path's walk counts the same total as the complexity plugin", async () => {
    const response = await executeText(COSTLY);
    const reported = Number(/complexity (\d+)/.exec(response.errors?.[0]?.message ?? "")?.[1]);
    const { cost } = costliestPath({ schema, operation: operationOf(COSTLY), fragments: {}, variableValues: {} }, {});
    expect(cost).toBe(reported);
  });
});

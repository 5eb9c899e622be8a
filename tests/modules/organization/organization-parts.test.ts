// Organizations with their parts: Organization.participations and .commitments include the
// bodies under the organization unless includeSubOrganizations is false, as the filters do; a
// participation whose organization the source only implies says so (organizationBasis).
import { describe, expect, test } from "vitest";
import { graphql } from "../../generated/index.js";
import { data, execute, type ResultOf } from "../../helpers/execute.js";
import { nodes } from "../../helpers/graphql.js";

const PARTICIPATIONS = graphql(`
  query OrganizationParticipations($slug: String!, $includeSubOrganizations: Boolean) {
    organization(slug: $slug) {
      participations(includeSubOrganizations: $includeSubOrganizations) {
        totalCount
        edges {
          node {
            person {
              slug
            }
            organization {
              slug
            }
            organizationBasis
            organizationNote
          }
        }
      }
    }
  }
`);

async function participationsOf(slug: string, includeSubOrganizations?: boolean) {
  const result = await data(PARTICIPATIONS, { slug, includeSubOrganizations });
  if (!result.organization) throw new Error(`no organization ${slug}`);
  return result.organization.participations;
}

describe("Organization.participations", () => {
  test("the PLA's page shows its General Staff's Ma Xiaotian and its attaché Xu Jingming, whose PLA link is inferred", async () => {
    const page = await participationsOf("peoples-liberation-army");
    expect(page.totalCount).toBe(2);
    expect(nodes(page).sort((a, b) => a.person.slug.localeCompare(b.person.slug))).toEqual([
      {
        person: { slug: "ma-xiaotian" },
        organization: { slug: "pla-general-staff" },
        organizationBasis: "STATED",
        organizationNote: null,
      },
      {
        person: { slug: "xu-jingming" },
        organization: { slug: "peoples-liberation-army" },
        organizationBasis: "INFERRED",
        organizationNote:
          "The text says only 'Chinese military attache to Japan'; that he represented the People’s Liberation Army is inferred, as for his position.",
      },
    ]);
  });

  test("includeSubOrganizations: false keeps only the organization's own", async () => {
    const page = await participationsOf("peoples-liberation-army", false);
    expect(page.totalCount).toBe(1);
    expect(nodes(page).map((p) => p.person.slug)).toEqual(["xu-jingming"]);
  });

  test("Japan's Ministry of Defense: its bureaus' and Joint Staff's officials too, most recent meeting first", async () => {
    const all = await participationsOf("japan-ministry-of-defense");
    expect(all.totalCount).toBe(5);
    expect(nodes(all)[0]?.person.slug).toBe("kitazawa"); // 2011-08-09, after the 2011-07-26 meeting
    expect(
      nodes(all)
        .map((p) => p.person.slug)
        .sort(),
    ).toEqual(["kawano", "kitazawa", "nakae", "sakurai", "takamizawa"]);
    const own = await participationsOf("japan-ministry-of-defense", false);
    expect(own.totalCount).toBe(2);
    expect(nodes(own).map((p) => p.person.slug)).toEqual(["kitazawa", "nakae"]);
  });

  const PARTICIPATIONS_PAGE = graphql(`
    query MinistryOfDefenseParticipationsPage($after: String) {
      organization(slug: "japan-ministry-of-defense") {
        participations(first: 2, after: $after) {
          edges {
            cursor
            node {
              person {
                slug
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  `);

  test("pages of 2 with cursors cover the five in order", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const result: ResultOf<typeof PARTICIPATIONS_PAGE> = await data(PARTICIPATIONS_PAGE, { after });
      const { edges, pageInfo } = result.organization?.participations ?? {
        edges: [],
        pageInfo: { hasNextPage: false },
      };
      seen.push(...edges.map((edge) => edge.node.person.slug));
      after = edges.at(-1)?.cursor ?? null;
      expect(pageInfo.hasNextPage).toBe(page < 2);
    }
    expect(seen).toEqual(nodes(await participationsOf("japan-ministry-of-defense")).map((p) => p.person.slug));
  });
});

describe("Organization.commitments", () => {
  async function received(includeSubOrganizations?: boolean) {
    const result = await data(
      graphql(`
        query MinistryOfDefenseAddressed($includeSubOrganizations: Boolean) {
          organization(slug: "japan-ministry-of-defense") {
            commitments(role: ADDRESSEE, includeSubOrganizations: $includeSubOrganizations) {
              totalCount
              edges {
                node {
                  role
                  commitment {
                    slug
                  }
                }
              }
            }
          }
        }
      `),
      { includeSubOrganizations },
    );
    const commitments = result.organization?.commitments ?? { totalCount: 0, edges: [] };
    return {
      totalCount: commitments.totalCount,
      slugs: nodes(commitments)
        .map((p) => p.commitment.slug)
        .sort(),
    };
  }

  test("addressed to the Ministry of Defense or the SDF under it: four; to the ministry itself: one", async () => {
    expect(await received()).toEqual({
      totalCount: 4,
      slugs: [
        "ban-calls-again-sdf-south-sudan",
        "ban-commends-sdf-earthquake",
        "ban-seeks-continued-sdf-cooperation",
        "ban-thanks-sdf-minustah",
      ],
    });
    expect(await received(false)).toEqual({
      totalCount: 1,
      slugs: ["ban-calls-again-sdf-south-sudan"],
    });
  });

  test("a list of organizations with their parts' participations is one statement at any page size", async () => {
    const query = graphql(`
      query OrganizationsWithPartsPage($first: Int!) {
        organizations(first: $first) {
          edges {
            node {
              slug
              participations(first: $first) {
                edges {
                  node {
                    person {
                      slug
                    }
                  }
                }
              }
              commitments(first: $first) {
                edges {
                  node {
                    role
                  }
                }
              }
            }
          }
        }
      }
    `);
    const small = await execute(query, { first: 1 });
    const large = await execute(query, { first: 20 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.sql).toBe(small.sql);
  });
});

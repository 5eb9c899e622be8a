// A compiled operation that names records by slug or ISO code finds them inside its own statement
// (src/compiled-reads/references.ts): one SQL statement in all, with the same answers as looking
// them up first. A slug that finds nothing is passed to the resolvers, which say so.
import { describe, expect, test } from "vitest";
import { db } from "../../src/infra/db.js";
import { graphql } from "../generated/index.js";
import { execute } from "../helpers/execute.js";

const commitmentsByTopic = graphql(`
  query CompiledCommitmentsByTopic($topic: String) {
    commitments(filter: { topic: $topic }, first: 3) {
      totalCount
      edges {
        node {
          slug
          topic {
            slug
          }
        }
      }
    }
  }
`);

describe("records named by slug, in a compiled operation", () => {
  test("a topic slug costs no statement of its own", async () => {
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: "peacekeeping-south-sudan" } });
    const expected = await db.commitment.count({ where: { topicId: topic.id } });
    const result = await execute(commitmentsByTopic, { topic: "Peacekeeping-South-Sudan" });
    expect(result.errors).toBeUndefined();
    expect(result.sql).toBe(1);
    expect(result.data?.commitments.totalCount).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    for (const edge of result.data?.commitments.edges ?? [])
      expect(edge.node.topic?.slug).toBe("peacekeeping-south-sudan");
  });

  test("an ISO code and an organization with its sub-organizations, in one statement", async () => {
    const result = await execute(
      graphql(`
        query CompiledMeetingsByCountryAndOrganization {
          inJapan: meetings(filter: { placeCountry: "jp" }) {
            totalCount
          }
          withMod: meetings(filter: { organization: { id: "japan-ministry-of-defense" } }) {
            totalCount
          }
          withJapan: meetings(filter: { organization: { id: "government-of-japan" } }) {
            totalCount
          }
          onlyGovernment: meetings(
            filter: { organization: { id: "government-of-japan", includeSubOrganizations: false } }
          ) {
            totalCount
          }
        }
      `),
    );
    expect(result.errors).toBeUndefined();
    expect(result.sql).toBe(1);
    const japan = await db.country.findUniqueOrThrow({ where: { slug: "jp" } });
    const government = await db.organization.findUniqueOrThrow({ where: { slug: "government-of-japan" } });
    const mod = await db.organization.findUniqueOrThrow({ where: { slug: "japan-ministry-of-defense" } });
    const attended = (organization: object) =>
      db.meeting.count({ where: { participations: { some: { organization } } } });
    expect(result.data).toEqual({
      inJapan: { totalCount: await db.meeting.count({ where: { placeCountryId: japan.id } }) },
      withMod: { totalCount: await attended({ OR: [{ id: mod.id }, { ancestorIds: { has: mod.id } }] }) },
      withJapan: {
        totalCount: await attended({ OR: [{ id: government.id }, { ancestorIds: { has: government.id } }] }),
      },
      onlyGovernment: { totalCount: await attended({ id: government.id }) },
    });
    expect(result.data?.withJapan.totalCount).toBeGreaterThan(result.data?.onlyGovernment.totalCount ?? Infinity);
  });

  test("an old slug left by a merge finds the record it now names", async () => {
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: "minustah" } });
    await db.redirect.create({
      data: {
        oldId: "00000000-0000-4000-8000-00000000beef",
        oldSlug: "haiti-mission",
        model: "Topic",
        newId: topic.id,
      },
    });
    const now = await execute(commitmentsByTopic, { topic: "minustah" });
    const old = await execute(commitmentsByTopic, { topic: "haiti-mission" });
    expect(old.errors).toBeUndefined();
    expect(old.sql).toBe(1);
    expect(old.data).toEqual(now.data);
    expect(old.data?.commitments.totalCount).toBeGreaterThan(0);
  });

  test("a slug that names nothing gets the resolvers' error", async () => {
    const result = await execute(commitmentsByTopic, { topic: "no-such-topic" });
    expect(result.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      ['"topic": no topic has the id or slug "no-such-topic"', "BAD_USER_INPUT"],
    ]);
  });

  test("a party (person, organization or country) is still looked up first: its type shapes the filter", async () => {
    const result = await execute(
      graphql(`
        query CompiledCommitmentsByMaker {
          commitments(filter: { maker: "jp" }) {
            totalCount
          }
        }
      `),
    );
    expect(result.errors).toBeUndefined();
    expect(result.sql).toBe(2);
    expect(result.data?.commitments.totalCount).toBeGreaterThan(0);
  });
});

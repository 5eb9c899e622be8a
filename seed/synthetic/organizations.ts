// The world's institutions: countries with their organization trees (government, ministries,
// bureaus, armed forces, embassies), international bodies with their parts, UN missions, topics.
import { type Actor, type Org, timestamp } from "./model.js";
import { SYNTHETIC_PREFIX, SyntheticDataError } from "./plan.js";
import {
  COUNTRIES,
  type CountrySpec,
  EMBASSIES_PER_COUNTRY,
  EMBASSY_TITLES,
  INTERNATIONAL,
  INTERNATIONAL_TITLES,
  ORG_TEMPLATES,
  TOPICS,
  UN_MISSIONS,
} from "./vocabulary.js";
import type { World } from "./world.js";

/** Countries, each with its government tree and embassies; international bodies; UN missions. */
export async function addCountriesAndOrganizations(world: World): Promise<void> {
  const existing = await world.client.query<{ slug: string }>("SELECT slug FROM country");
  const taken = new Set(existing.rows.map((r) => r.slug));
  const specs = COUNTRIES.filter((c) => !taken.has(c.code)).slice(0, world.plan.countries);
  if (specs.length < world.plan.countries)
    throw new SyntheticDataError(
      `only ${specs.length} unused country codes are left for ${world.plan.countries} synthetic countries`,
    );
  const un = await world.client.query<{ id: string }>("SELECT id FROM organization WHERE slug = 'united-nations'");
  const unId = un.rows[0]?.id ?? null;

  // Organizations are written parents first: the ancestor_ids trigger reads the parent row.
  const byDepth: Array<Array<() => void>> = [[], [], [], []];
  const org = (
    depth: number,
    spec: {
      slug: string;
      name: string;
      acronym?: string | null;
      kind: string;
      countryId: string | null;
      parentId: string | null;
      titles: string[];
      weight: number;
    },
  ): Org => {
    const { id, index } = world.next("organization");
    const created = timestamp(2, index);
    (byDepth[depth] as Array<() => void>).push(() =>
      world.batches.organization.push({
        id,
        slug: spec.slug,
        name: spec.name,
        acronym: spec.acronym ?? null,
        kind: spec.kind,
        country_id: spec.countryId,
        parent_id: spec.parentId,
        created_at: created,
        updated_at: created,
      }),
    );
    return {
      id,
      kind: spec.kind,
      name: spec.name,
      countryId: spec.countryId,
      titles: spec.titles,
      weight: spec.weight,
    };
  };

  const depthOf = (key: string): number => {
    const template = ORG_TEMPLATES.find((t) => t.key === key);
    return template?.parent ? depthOf(template.parent) + 1 : 0;
  };
  const orgWeights: Record<string, number> = {
    government: 1,
    mofa: 3,
    mod: 3,
    forces: 1,
    "joint-staff": 2,
    army: 1.5,
    navy: 1.5,
    "air-force": 1,
  };

  for (const [i, spec] of specs.entries()) {
    const { id: countryId, index } = world.next("country");
    world.batches.country.push({ id: countryId, slug: spec.code, name: spec.name, created_at: timestamp(1, index) });
    const ids = new Map<string, string>();
    const orgs: Org[] = [];
    for (const template of ORG_TEMPLATES) {
      const created = org(depthOf(template.key), {
        slug: `${SYNTHETIC_PREFIX}${spec.code}-${template.key}`,
        name: template.name(spec),
        acronym: template.acronym ?? null,
        kind: template.kind,
        countryId,
        parentId: template.parent ? (ids.get(template.parent) as string) : null,
        titles: template.titles,
        weight: orgWeights[template.key] ?? 1.2,
      });
      ids.set(template.key, created.id);
      orgs.push(created);
    }
    for (let e = 1; e <= EMBASSIES_PER_COUNTRY; e++) {
      const host = specs[(i + e) % specs.length] as CountrySpec;
      orgs.push(
        org(depthOf("mofa") + 1, {
          slug: `${SYNTHETIC_PREFIX}${spec.code}-embassy-in-${host.code}`,
          name: `Embassy of ${spec.name} in ${host.name}`,
          kind: "DIPLOMATIC_MISSION",
          countryId,
          parentId: ids.get("mofa") as string,
          titles: EMBASSY_TITLES.map((t) => (t.startsWith("Ambassador") ? `${t} to ${host.name}` : t)),
          weight: 0.8,
        }),
      );
    }
    const actor: Actor = {
      key: spec.code,
      label: spec.name,
      countryId,
      country: spec,
      orgs,
      people: [],
      weight: spec.weight,
      publisher: `Ministry of Defense of ${spec.name}`,
    };
    world.actors.push(actor);
    world.countryActors.push(actor);
  }

  for (const spec of INTERNATIONAL.slice(0, world.plan.internationalBodies)) {
    const parent = org(0, {
      slug: `${SYNTHETIC_PREFIX}${spec.key}`,
      name: spec.name,
      acronym: spec.acronym,
      kind: spec.kind,
      countryId: null,
      parentId: null,
      titles: INTERNATIONAL_TITLES[spec.kind] as string[],
      weight: 3,
    });
    const orgs = [parent];
    for (const child of spec.children) {
      orgs.push(
        org(1, {
          slug: `${SYNTHETIC_PREFIX}${child.key}`,
          name: child.name,
          acronym: child.acronym ?? null,
          kind: child.kind,
          countryId: null,
          parentId: parent.id,
          titles: INTERNATIONAL_TITLES[child.kind] as string[],
          weight: 1,
        }),
      );
    }
    world.actors.push({
      key: spec.key,
      label: spec.acronym ? `${spec.name} (${spec.acronym})` : spec.name,
      countryId: null,
      orgs,
      people: [],
      weight: 2,
      publisher: spec.name,
    });
  }
  // Missions under the seed's United Nations, staffed by a UN actor of their own.
  const unOrgs = UN_MISSIONS.map((mission) =>
    org(1, {
      slug: `${SYNTHETIC_PREFIX}${mission.key}`,
      name: mission.name,
      acronym: mission.acronym,
      kind: "PEACEKEEPING_MISSION",
      countryId: null,
      parentId: unId,
      titles: INTERNATIONAL_TITLES.PEACEKEEPING_MISSION as string[],
      weight: 1,
    }),
  );
  world.actors.push({
    key: "un-missions",
    label: "United Nations",
    countryId: null,
    orgs: unOrgs,
    people: [],
    weight: 2,
    publisher: "United Nations Department of Peace Operations",
  });

  await world.flush("country");
  for (const level of byDepth) {
    for (const push of level) push();
    await world.flush("organization");
  }
}

/** The seed's topics plus the vocabulary's, which meetings and commitments draw from. */
export async function addTopics(world: World): Promise<void> {
  const seedTopics = await world.client.query<{ id: string; slug: string; name: string }>(
    "SELECT id, slug, name FROM topic ORDER BY slug",
  );
  for (const t of seedTopics.rows)
    world.topics.push({ id: t.id, key: t.slug, object: t.name.charAt(0).toLowerCase() + t.name.slice(1) });
  for (const topic of TOPICS) {
    const { id } = world.next("topic");
    world.batches.topic.push({ id, slug: `${SYNTHETIC_PREFIX}${topic.key}`, name: topic.name });
    world.topics.push({ id, key: topic.key, object: topic.object });
  }
  await world.flush("topic");
}

// --- people, positions and the personnel releases citing them -----------------------------

// People: names drawn from each nationality's pool, careers of dated positions, and the
// personnel releases whose sentences cite every appointment.
import {
  type Actor,
  DAY_MS,
  DocumentText,
  datePhrase,
  dayOf,
  iso,
  type Person,
  type Position,
  PRESENT_DAY,
  type Precision,
  timestamp,
  truncate,
} from "./model.js";
import { buildNamePools, type NamePool } from "./names.js";
import { SYNTHETIC_PREFIX } from "./plan.js";
import { slugify, WeightedTable } from "./random.js";
import type { PositionRow } from "./tables.js";
import { CHROME_LINES, type CountrySpec } from "./vocabulary.js";
import type { World } from "./world.js";

/** A position row before its citation (the release it is cited from) is written. */
type AppointmentRow = Omit<PositionRow, "citation_id" | "created_at" | "updated_at">;

/**
 * People with their dated positions, and the personnel releases that cite each appointment: one
 * release per actor per 40 appointments.
 */
export async function addPeople(world: World): Promise<void> {
  const { rng } = world;
  const pools = buildNamePools(
    world.countryActors.map((a) => (a.country as CountrySpec).names).concat(["en_US"]),
    world.seed,
  );
  const assignable = new WeightedTable(
    world.actors,
    world.actors.map((a) => (a.countryId ? a.weight : a.weight * 0.6)),
  );
  const total = world.plan.people;
  for (let p = 0; p < total; p++) {
    // Every actor gets a few people first, so any meeting can seat both sides.
    const actor = p < world.actors.length * 3 ? (world.actors[p % world.actors.length] as Actor) : assignable.pick(rng);
    const nationality = actor.country ?? (rng.chance(0.6) ? rng.pick(world.countryActors).country : undefined);
    const nationalityId =
      actor.countryId ??
      (nationality ? (world.countryActors.find((a) => a.country === nationality)?.countryId ?? null) : null);
    const pool = pools.get(nationality?.names ?? "en_US") as NamePool;
    const given = rng.pick(pool.given);
    const family = rng.pick(pool.family);
    const full = pool.familyFirst ? `${family} ${given}` : `${given} ${family}`;
    const fullName = rng.chance(0.7) ? full : null;
    const { id, index } = world.next("person");
    const person: Person = {
      id,
      name: family,
      fullName,
      printed: fullName ?? family,
      countryId: nationalityId,
      positions: [],
    };
    const slugBase = slugify(full) || "person";
    const created = timestamp(3, index);
    world.batches.person.push({
      id,
      slug: `${SYNTHETIC_PREFIX}${slugBase}-${index + 1}`,
      name: family,
      full_name: fullName,
      country_id: nationalityId,
      created_at: created,
      updated_at: created,
    });
    actor.people.push(person);
  }
  await world.flush("person");

  // Personnel releases: one per actor per 40 appointments, each sentence cited by its position.
  for (const actor of world.actors) {
    const orgTable = new WeightedTable(
      actor.orgs,
      actor.orgs.map((o) => o.weight),
    );
    const sentences: Array<{ text: string; row: AppointmentRow; latest: string | null }> = [];
    for (const person of actor.people) {
      const count = rng.weighted([1, 2, 3, 4], [35, 35, 20, 10]);
      let year = rng.int(1988, 2016);
      for (let k = 0; k < count; k++) {
        const org = orgTable.pick(rng);
        const seniority =
          k === count - 1 ? 0 : Math.min(org.titles.length - 1, 1 + Math.floor(rng.next() * (org.titles.length - 1)));
        const title = (k === count - 1 && rng.chance(0.5) ? org.titles[0] : org.titles[seniority]) as string;
        const precision: Precision | null =
          k === 0 && rng.chance(0.05) ? null : rng.weighted<Precision>(["DAY", "MONTH", "YEAR"], [60, 28, 12]);
        const day = Math.min(Date.UTC(year, 0, 1) / DAY_MS + rng.int(0, 364), PRESENT_DAY);
        const start = precision ? truncate(iso(day), precision) : null;
        const { id } = world.next("position");
        person.positions.push({ id, org, title, start, startPrecision: precision, current: false });
        year += rng.int(1, 5);
        if (year > 2025) break;
      }
      // End dates: each role ends when the next begins; the last is current or ended.
      const positions = person.positions;
      for (const [k, position] of positions.entries()) {
        const next = positions[k + 1];
        let end: string | null = null;
        let endPrecision: Precision | null = null;
        let note: string | null = null;
        if (next?.start && position.start && next.startPrecision) {
          endPrecision = next.startPrecision;
          // Dates are ISO strings: comparing them as text compares them as dates.
          end = next.start;
          if (end < position.start) end = position.start;
        } else if (!next) {
          position.current = rng.chance(0.75);
          if (!position.current) {
            if (position.start && rng.chance(0.5)) {
              endPrecision = rng.weighted<Precision>(["DAY", "MONTH", "YEAR"], [50, 30, 20]);
              const endDay = Math.min(dayOf(position.start) + rng.int(200, 2000), PRESENT_DAY);
              end = truncate(iso(endDay), endPrecision);
              if (end < position.start) end = position.start;
            } else note = `The release calls them 'then ${position.title}'; no term dates are given.`;
          }
        }
        if (!position.start && !note) note = "No start date is given.";
        const inferred = rng.chance(0.08);
        if (inferred) note = "Inferred from the title printed in a later release.";
        const text = appointmentSentence(person, position);
        const slug = `${SYNTHETIC_PREFIX}${slugify(person.printed) || "person"}-${slugify(position.title).slice(0, 50)}-${world.count("position") - positions.length + k + 1}`;
        sentences.push({
          text,
          latest: position.start,
          row: {
            id: position.id,
            slug,
            person_id: person.id,
            organization_id: position.org.id,
            title: position.title,
            start_date: position.start,
            start_precision: position.startPrecision,
            end_date: end,
            end_precision: endPrecision,
            current: position.current,
            basis: inferred ? "INFERRED" : "STATED",
            note,
          },
        });
      }
    }
    for (let start = 0, part = 1; start < sentences.length; start += 40, part++) {
      const group = sentences.slice(start, start + 40);
      const doc = new DocumentText();
      const title = `${actor.label}: senior appointments, part ${part}`;
      doc.add(`${title}\n\n`);
      if (rng.chance(0.3)) doc.add(`${rng.pick(CHROME_LINES)}\n\n`);
      const { id: documentId, index: docIndex } = world.next("source_document");
      const citations: string[] = [];
      for (const [s, sentence] of group.entries()) {
        if (s > 0) doc.add(s % 4 === 0 ? "\n\n" : " ");
        const [from, to] = doc.sentence(sentence.text);
        const { id: citationId, index } = world.next("citation");
        world.batches.citation.push({
          id: citationId,
          document_id: documentId,
          start_offset: from,
          end_offset: to,
          quote: sentence.text,
          created_at: timestamp(5, index),
        });
        citations.push(citationId);
      }
      const latest = group.reduce<string | null>(
        (max, s) => (s.latest && (!max || s.latest > max) ? s.latest : max),
        null,
      );
      const published = latest ? truncate(iso(Math.min(dayOf(latest) + 14, PRESENT_DAY)), "YEAR") : null;
      const created = timestamp(4, docIndex);
      world.batches.source_document.push({
        id: documentId,
        slug: `${SYNTHETIC_PREFIX}appointments-${slugify(actor.key)}-${part}`,
        title,
        publisher: actor.publisher,
        url: `https://press.${slugify(actor.key)}.example/appointments/${part}`,
        published_on: published,
        published_precision: published ? "YEAR" : null,
        published_basis: published ? "INFERRED" : "STATED",
        published_note: published
          ? "The release carries no date; the year is inferred from the latest appointment it reports."
          : null,
        note: null,
        language: "en",
        body: doc.body,
        created_at: created,
        updated_at: created,
      });
      for (const [s, sentence] of group.entries()) {
        const created = timestamp(6, world.batches.position.pending + world.batches.position.stats.rows);
        world.batches.position.push({
          ...sentence.row,
          citation_id: citations[s] as string,
          created_at: created,
          updated_at: created,
        });
      }
      await world.flush("source_document", "citation", "position");
    }
  }
  for (const actor of world.actors) {
    actor.picker = new WeightedTable(
      actor.people,
      actor.people.map((_, i) => 1 / (i + 1) ** 0.7),
    );
  }
}

function appointmentSentence(person: Person, position: Position): string {
  const where = `${position.org.name}`;
  if (!position.start || !position.startPrecision)
    return `${person.printed} serves as ${position.title} at the ${where}.`;
  const when = datePhrase(position.start, position.startPrecision);
  if (position.startPrecision === "DAY")
    return `On ${when}, ${person.printed} was appointed ${position.title} at the ${where}.`;
  if (position.startPrecision === "MONTH")
    return `In ${when}, ${person.printed} became ${position.title} at the ${where}.`;
  return `${person.printed} took up the post of ${position.title} at the ${where} in ${when}.`;
}

// --- meetings -----------------------------------------------------------------------------

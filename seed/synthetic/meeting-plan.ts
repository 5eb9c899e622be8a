// The meeting calendar, drawn before any meeting is written: kind, host and guests, date and
// status (held, planned, postponed...), series and sequence numbers, topics, and how many
// commitments each held meeting reports (exactly the plan's total, spread by weight).
import {
  type Actor,
  FIRST_DAY,
  iso,
  LAST_DAY,
  type MeetingPlan,
  PRESENT_DAY,
  type Precision,
  type Topic,
  truncate,
} from "./model.js";
import { WeightedTable } from "./random.js";
import { type CountrySpec, MEETING_KINDS, SERIES_FORMATS, STATUS_REASONS, TOPICS } from "./vocabulary.js";
import type { World } from "./world.js";

/** Decides every meeting's who, when and how many commitments before any is written. */
export function planMeetings(world: World): void {
  const { rng } = world;
  const kinds = MEETING_KINDS.map((k) => k.kind);
  const kindWeights = MEETING_KINDS.map((k) => k.weight);
  const countries = new WeightedTable(
    world.countryActors,
    world.countryActors.map((a) => a.weight),
  );
  const internationals = world.actors.filter((a) => !a.countryId);
  const topicTable = new WeightedTable(
    world.topics,
    world.topics.map((t) => (world.topics.indexOf(t) < world.topics.length - TOPICS.length ? 0.5 : 1)),
  );
  for (let index = 0; index < world.plan.meetings; index++) {
    const kind = rng.weighted(kinds, kindWeights);
    const host = countries.pick(rng);
    const guests: Actor[] = [];
    const guestCount = kind === "MULTILATERAL_MEETING" ? rng.int(2, 5) : 1;
    for (let attempt = 0; guests.length < guestCount && attempt < 40; attempt++) {
      const guest = rng.chance(0.12) ? rng.pick(internationals) : countries.pick(rng);
      if (guest !== host && !guests.includes(guest)) guests.push(guest);
    }
    if (!guests.length) guests.push(world.countryActors.find((a) => a !== host) as Actor);
    let day = rng.int(FIRST_DAY, LAST_DAY);
    let status: MeetingPlan["status"] = "HELD";
    let precision: Precision | null = rng.weighted<Precision>(["DAY", "MONTH", "YEAR"], [85, 11, 4]);
    let originalDate: string | null = null;
    let statusReason: string | null = null;
    if (day > PRESENT_DAY) {
      status = rng.chance(0.6) ? "PLANNED" : "SCHEDULED";
      if (status === "PLANNED") precision = rng.weighted<Precision | null>(["MONTH", "YEAR", null], [50, 20, 30]);
    } else {
      const r = rng.next();
      if (r < 0.03) {
        status = "POSTPONED";
        originalDate = truncate(iso(day - rng.int(30, 120)), "MONTH");
        statusReason = rng.pick(STATUS_REASONS.POSTPONED);
      } else if (r < 0.06) {
        status = "CANCELLED";
        statusReason = rng.pick(STATUS_REASONS.CANCELLED);
      }
    }
    if (!precision) day = 0;
    const date = precision ? truncate(iso(day), precision) : null;
    const guest = guests[0] as Actor;
    let series: string | null = null;
    if ((kind === "DEFENSE_DIALOGUE" || kind === "WORKING_LEVEL_TALKS") && guest.country && rng.chance(0.45)) {
      const [a, b] = [host.country as CountrySpec, guest.country].sort((x, y) => x.code.localeCompare(y.code)) as [
        CountrySpec,
        CountrySpec,
      ];
      const format = SERIES_FORMATS[
        (kind === "DEFENSE_DIALOGUE" ? 0 : 2) + ((a.code.charCodeAt(0) + b.code.charCodeAt(1)) % 2)
      ] as string;
      series = format.replace("{a}", a.name).replace("{b}", b.name);
    }
    const topicCount = rng.weighted([1, 2, 3], [50, 35, 15]);
    const topics: Topic[] = [];
    for (let t = 0; t < topicCount * 3 && topics.length < topicCount; t++) {
      const topic = topicTable.pick(rng);
      if (!topics.includes(topic)) topics.push(topic);
    }
    const kindFactor =
      kind === "MULTILATERAL_MEETING" ? 1.5 : kind === "COURTESY_CALL" ? 0.5 : kind === "OTHER" ? 0.6 : 1;
    const weight = status === "HELD" ? (0.2 + rng.next() * 1.8) * kindFactor : 0;
    world.meetings.push({
      index,
      kind,
      host,
      guests,
      date,
      precision,
      dateInferred: precision !== null && precision !== "YEAR" && rng.chance(0.12),
      status,
      originalDate,
      statusReason,
      series,
      sequence: null,
      topics,
      weight,
      commitments: 0,
    });
  }
  // Sequence numbers follow the date within each series; undated (planned) sessions come last.
  const bySeries = new Map<string, MeetingPlan[]>();
  for (const m of world.meetings) if (m.series) bySeries.set(m.series, [...(bySeries.get(m.series) ?? []), m]);
  for (const members of bySeries.values()) {
    members.sort((x, y) => (x.date ?? "9999").localeCompare(y.date ?? "9999") || x.index - y.index);
    members.forEach((m, i) => {
      m.sequence = i + 1;
    });
  }
  // Exactly plan.commitments commitments, spread over held meetings by weight (largest remainder).
  let totalWeight = world.meetings.reduce((sum, m) => sum + m.weight, 0);
  if (totalWeight === 0) {
    for (const m of world.meetings) m.weight = 1;
    totalWeight = world.meetings.length;
  }
  const shares = world.meetings.map((m) => (world.plan.commitments * m.weight) / totalWeight);
  let assigned = 0;
  world.meetings.forEach((m, i) => {
    m.commitments = Math.floor(shares[i] as number);
    assigned += m.commitments;
  });
  const order = world.meetings
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (shares[b] as number) -
          Math.floor(shares[b] as number) -
          ((shares[a] as number) - Math.floor(shares[a] as number)) || a - b,
    );
  for (let r = 0; r < world.plan.commitments - assigned; r++)
    (world.meetings[order[r % order.length] as number] as MeetingPlan).commitments++;
}

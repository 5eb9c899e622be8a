// A meeting's commitments, in the order its release reports them: requests, pledges,
// agreements, concurrences, responses that answer earlier ones, and expressions, each with its
// quoted sentence, deadline, status history, makers and addressees.
import { type DueReference, dueColumns } from "../../src/modules/commitment/due-wording.js";
import {
  DAY_MS,
  type DocumentText,
  datePhrase,
  dayOf,
  iso,
  type MeetingPlan,
  type Participant,
  type Precision,
  type Side,
  timestamp,
  truncate,
} from "./model.js";
import { SYNTHETIC_PREFIX } from "./plan.js";
import { slugify } from "./random.js";
import { ACTIONS, CLAUSES, DUE_TEXTS, SENTIMENT_OBJECTS, SENTIMENTS } from "./vocabulary.js";
import type { World } from "./world.js";

/** What a meeting's commitments are written against: its sides and its release in progress. */
export interface MeetingScene {
  plan: MeetingPlan;
  meetingId: string;
  hosts: Participant[];
  guests: Participant[];
  /** How the release names a participant: title and printed name. */
  who: (participant: Participant) => string;
  doc: DocumentText;
  /** Appends a sentence to the release and returns its citation's id. */
  cite: (text: string) => string;
  /** The release's date, which worded deadlines ("within the year") are read against; undefined when undated. */
  reference: DueReference | undefined;
}

export function addCommitments(world: World, scene: MeetingScene): void {
  const { rng } = world;
  const { plan: m, meetingId, hosts, guests, who, doc, cite, reference } = scene;
  const hostPrincipal = hosts[0] as Participant;
  const guestPrincipal = guests[0] as Participant;
  // Commitments, in the order the release reports them.
  const made: Array<{ id: string; kind: string; side: Side; speaker: Participant }> = [];
  for (let j = 0; j < m.commitments; j++) {
    doc.add(j % 3 === 0 ? "\n\n" : " ");
    const respondable = made.filter((c) => c.kind === "REQUEST" || c.kind === "PLEDGE" || c.kind === "RESPONSE");
    let kind =
      j === 0
        ? rng.weighted(["REQUEST", "PLEDGE", "EXPRESSION", "AGREEMENT"], [35, 25, 20, 20])
        : rng.weighted(
            ["REQUEST", "PLEDGE", "AGREEMENT", "CONCURRENCE", "RESPONSE", "EXPRESSION"],
            [22, 18, 14, 10, 24, 12],
          );
    if (kind === "RESPONSE" && !respondable.length) kind = "REQUEST";
    let target: (typeof made)[number] | undefined;
    if (kind === "RESPONSE") {
      const requests = respondable.filter((c) => c.kind !== "RESPONSE");
      target = requests.length && rng.chance(0.75) ? rng.pick(requests) : rng.pick(respondable);
    } else if (kind === "CONCURRENCE" && rng.chance(0.4)) {
      const agreeable = made.filter((c) => c.kind !== "EXPRESSION" && c.kind !== "RESPONSE");
      if (agreeable.length) target = rng.pick(agreeable);
    }
    const side: Side = target ? (target.side === "HOST" ? "GUEST" : "HOST") : rng.chance(0.5) ? "HOST" : "GUEST";
    const mine = side === "HOST" ? hosts : guests;
    const theirs = side === "HOST" ? guests : hosts;
    const speaker = rng.chance(0.6) ? (mine[0] as Participant) : rng.pick(mine);
    const addressee = target ? target.speaker : rng.chance(0.6) ? (theirs[0] as Participant) : rng.pick(theirs);
    const topic = rng.chance(0.9) ? rng.pick(m.topics) : undefined;
    const action = rng.pick(ACTIONS).replace("{topic}", topic?.object ?? "bilateral defense cooperation");
    const status =
      kind === "RESPONSE" || kind === "EXPRESSION"
        ? "NOT_APPLICABLE"
        : kind === "REQUEST"
          ? rng.weighted(["OPEN", "FULFILLED", "DECLINED", "DEFERRED", "UNKNOWN"], [35, 25, 10, 15, 15])
          : rng.weighted(["OPEN", "FULFILLED", "UNKNOWN"], [45, 35, 20]);
    let dueDate: string | null = null;
    let duePrecision: Precision | null = null;
    let dueText: string | null = null;
    if ((kind === "REQUEST" || kind === "PLEDGE" || kind === "AGREEMENT") && rng.chance(0.25)) {
      if (m.date && rng.chance(0.7)) {
        duePrecision = rng.weighted<Precision>(["MONTH", "DAY", "YEAR"], [50, 30, 20]);
        dueDate = truncate(iso(dayOf(m.date) + rng.int(30, 540)), duePrecision);
        if (rng.chance(0.3)) dueText = rng.pick(DUE_TEXTS);
      } else dueText = rng.pick(DUE_TEXTS);
    }
    // Worded deadlines are read as the loader reads them: "within the year" dated from the release, "as soon as possible" marked urgent.
    const due = dueDate || dueText ? dueColumns({ date: dueDate, text: dueText }, reference) : undefined;
    const dueWords =
      dueDate && duePrecision ? ` by ${datePhrase(dueDate, duePrecision)}` : dueText ? ` ${dueText}` : "";
    const speakerCountry = speaker.actor.country?.name ?? speaker.actor.label;
    const otherCountry = addressee.actor.country?.name ?? addressee.actor.label;
    let statement: string;
    let quote: string;
    switch (kind) {
      case "REQUEST":
        statement = `${who(speaker)} asked ${who(addressee)} to ${action}${dueWords}.`;
        quote = `${who(speaker)} requested that ${otherCountry} ${action}${dueWords}.`;
        break;
      case "PLEDGE":
        statement = `${who(speaker)} pledged that ${speakerCountry} would ${action}${dueWords}.`;
        quote = `${who(speaker)} stated that ${speakerCountry} would ${action}${dueWords}.`;
        break;
      case "AGREEMENT":
        statement = `The two sides agreed to ${action}${dueWords}.`;
        quote = `${who(hostPrincipal)} and ${who(guestPrincipal)} agreed to ${action}${dueWords}.`;
        break;
      case "CONCURRENCE":
        statement = `${who(speaker)} concurred on the need to ${action}.`;
        quote = `${who(speaker)} concurred that both sides should ${action}.`;
        break;
      case "RESPONSE": {
        const clause = rng.pick(CLAUSES);
        statement = `${who(speaker)} responded that ${clause}.`;
        quote = `In response, ${who(speaker)} said that ${clause}.`;
        break;
      }
      default: {
        const sentiment = `${rng.pick(SENTIMENTS)} for ${rng.pick(SENTIMENT_OBJECTS)}`;
        statement = `${who(speaker)} expressed ${sentiment}.`;
        quote = `${who(speaker)} expressed ${sentiment}.`;
      }
    }
    const citationId = cite(quote);
    const { id, index } = world.next("commitment");
    const created = timestamp(8, index);
    world.batches.commitment.push({
      id,
      slug: `${SYNTHETIC_PREFIX}${m.index + 1}-${j + 1}-${kind.toLowerCase()}${topic ? `-${slugify(topic.key)}` : ""}`,
      kind,
      statement,
      status,
      meeting_id: meetingId,
      topic_id: topic?.id ?? null,
      responds_to_id: target?.id ?? null,
      due_date: due?.dueDate ? iso(due.dueDate.getTime() / DAY_MS) : null,
      due_precision: due?.duePrecision ?? null,
      due_text: dueText,
      due_basis: due?.dueBasis ?? "STATED",
      due_note: due?.dueNote ?? null,
      due_as_soon_as_possible: due?.dueAsSoonAsPossible ?? false,
      basis: rng.chance(0.08) ? "INFERRED" : "STATED",
      citation_id: citationId,
      created_at: created,
      updated_at: created,
    });
    // Status history, as the database's trigger would record it: settled commitments were
    // often first recorded as open and updated from a later release.
    const settled = status === "FULFILLED" || status === "DECLINED" || status === "DEFERRED";
    if (settled && rng.chance(0.5)) {
      world.statusChange({
        commitment_id: id,
        from_status: null,
        to_status: "OPEN",
        note: null,
        citation_id: citationId,
        changed_at: created,
      });
      const later = new Date(Date.parse(created) + rng.int(30, 400) * DAY_MS).toISOString();
      world.statusChange({
        commitment_id: id,
        from_status: "OPEN",
        to_status: status,
        note: "Updated from a later release.",
        citation_id: null,
        changed_at: later,
      });
    } else
      world.statusChange({
        commitment_id: id,
        from_status: null,
        to_status: status,
        note: null,
        citation_id: citationId,
        changed_at: created,
      });
    // Makers and addressees, in the order the sentence names them; no party twice per role.
    const parties: Array<["MAKER" | "ADDRESSEE", string | null, string | null, string | null]> = [];
    const add = (role: "MAKER" | "ADDRESSEE", person: string | null, org: string | null, country: string | null) => {
      if (!person && !org && !country) return;
      if (parties.some((p) => p[0] === role && p[1] === person && p[2] === org && p[3] === country)) return;
      parties.push([role, person, org, country]);
    };
    if (kind === "AGREEMENT") {
      if (rng.chance(0.3) && hostPrincipal.countryId && guestPrincipal.countryId) {
        add("MAKER", null, null, hostPrincipal.countryId);
        add("MAKER", null, null, guestPrincipal.countryId);
      } else {
        add("MAKER", hostPrincipal.person.id, null, null);
        add("MAKER", guestPrincipal.person.id, null, null);
      }
    } else {
      add("MAKER", speaker.person.id, null, null);
      if (rng.chance(0.35)) add("MAKER", null, speaker.orgId, null);
      if (rng.chance(0.15)) add("MAKER", null, null, speaker.countryId);
      if (kind !== "EXPRESSION" || rng.chance(0.5)) {
        add("ADDRESSEE", addressee.person.id, null, null);
        if (rng.chance(0.25)) add("ADDRESSEE", null, addressee.orgId, null);
        if (rng.chance(0.1)) add("ADDRESSEE", null, null, addressee.countryId);
      }
    }
    const order = { MAKER: 0, ADDRESSEE: 0 };
    for (const [role, person, org, country] of parties) {
      const { id: partyId } = world.next("commitment_party");
      world.batches.commitment_party.push({
        id: partyId,
        commitment_id: id,
        role,
        person_id: person,
        organization_id: org,
        country_id: country,
        position: order[role]++,
      });
    }
    made.push({ id, kind, side, speaker });
  }
}

// Meetings: each planned meeting's delegations, its press release (title, lead, delegations,
// commitments, closing line, chrome), the meeting row and its participations.
import { documentReference } from "../../src/modules/commitment/due-wording.js";
import { addCommitments } from "./commitments.js";
import {
  type Actor,
  DocumentText,
  datePhrase,
  dayOf,
  iso,
  listPhrase,
  type MeetingPlan,
  ordinal,
  type Participant,
  type Person,
  type Side,
  timestamp,
} from "./model.js";
import { SYNTHETIC_PREFIX } from "./plan.js";
import { slugify, type WeightedTable } from "./random.js";
import { CHROME_LINES, type CountrySpec } from "./vocabulary.js";
import { positionAt, type World } from "./world.js";

/** One meeting: its delegations, its press release, its commitments and its participations. */
export function addMeeting(world: World, m: MeetingPlan): void {
  const { rng } = world;
  const seated = new Set<Person>();
  const multilateral = m.kind === "MULTILATERAL_MEETING";
  const total = multilateral
    ? rng.int(Math.max(4, m.guests.length + 1), 12)
    : rng.weighted([2, 3, 4, 5, 6, 7, 8], [30, 20, 18, 12, 9, 6, 5]);
  const hostCount = multilateral ? rng.int(1, 3) : Math.ceil(total / 2);
  const hosts = delegation(world, m.host, hostCount, "HOST", m.date, seated);
  const guestSides: Participant[][] = [];
  let remaining = Math.max(m.guests.length, total - hosts.length);
  for (const [g, guest] of m.guests.entries()) {
    const share = Math.max(1, Math.round(remaining / (m.guests.length - g)));
    const guestSide = delegation(world, guest, share, "GUEST", m.date, seated);
    remaining -= guestSide.length;
    if (guestSide.length) guestSides.push(guestSide);
  }
  const guests = guestSides.flat();
  const hostPrincipal = hosts[0] as Participant;
  const guestPrincipal = guests[0] as Participant;
  const who = (p: Participant) => `${p.position.title} ${p.person.printed}`;
  const hostCountry = m.host.country as CountrySpec;

  // Title, place and the meeting's lead sentence.
  const topicObject = m.topics[0]?.object ?? "bilateral defense cooperation";
  const guestLabel = m.guests[0]?.country?.name ?? m.guests[0]?.label ?? "";
  let title: string;
  if (m.series && m.sequence) title = `${ordinal(m.sequence)} ${m.series}`;
  else if (m.kind === "COURTESY_CALL") title = `Courtesy call by ${who(guestPrincipal)} on ${who(hostPrincipal)}`;
  else if (m.kind === "DEFENSE_DIALOGUE") title = `${hostCountry.name}-${guestLabel} defense dialogue`;
  else if (m.kind === "WORKING_LEVEL_TALKS")
    title = `${hostCountry.name}-${guestLabel} working-level talks on ${topicObject}`;
  else if (m.kind === "MINISTERIAL_VISIT") title = `Visit of ${who(guestPrincipal)} to ${hostCountry.name}`;
  else if (m.kind === "MULTILATERAL_MEETING")
    title = `${hostCountry.adjective}-hosted multilateral meeting on ${topicObject}`;
  else if (m.kind === "OTHER") title = `Telephone call between ${who(hostPrincipal)} and ${who(guestPrincipal)}`;
  else title = `Meeting between ${who(hostPrincipal)} and ${who(guestPrincipal)}`;
  const placeRoll = rng.next();
  const place =
    m.kind === "OTHER"
      ? null
      : placeRoll < 0.7
        ? hostCountry.capital
        : placeRoll < 0.9
          ? `Ministry of Defense of ${hostCountry.name}`
          : null;
  const when = m.date && m.precision ? datePhrase(m.date, m.precision, !m.dateInferred) : null;
  const on = when ? (m.precision === "DAY" ? `On ${when}, ` : `In ${when}, `) : "";
  let lead: string;
  if (m.status === "PLANNED" || m.status === "SCHEDULED") {
    lead = `The ${title} is ${m.status === "PLANNED" ? "planned" : "scheduled"} ${when ? `for ${when}` : "for a date still to be decided"}, with ${who(hostPrincipal)} and ${who(guestPrincipal)} expected to attend.`;
  } else if (m.status === "CANCELLED") {
    lead = `The ${title}, which was to take place ${when ? `in ${when}` : "this year"}, was cancelled; ${who(hostPrincipal)} and ${who(guestPrincipal)} had been expected.`;
  } else if (m.series && m.sequence) {
    lead = `${on}the ${ordinal(m.sequence)} ${m.series} was held${place ? ` in ${place}` : ""}, led by ${who(hostPrincipal)} and ${who(guestPrincipal)}.`;
  } else if (m.kind === "COURTESY_CALL") {
    lead = `${on}${who(guestPrincipal)} paid a courtesy call on ${who(hostPrincipal)}${place ? ` in ${place}` : ""}.`;
  } else if (multilateral) {
    const names = m.guests.map((g) => g.country?.name ?? g.label);
    lead = `${on}${who(hostPrincipal)} hosted a multilateral meeting on ${topicObject}${place ? ` in ${place}` : ""}, attended by ${who(guestPrincipal)} and delegations from ${listPhrase(names)}.`;
  } else if (m.kind === "OTHER") {
    lead = `${on}${who(hostPrincipal)} held a telephone call with ${who(guestPrincipal)}.`;
  } else {
    lead = `${on}${who(hostPrincipal)} met with ${who(guestPrincipal)}${place ? ` in ${place}` : ""}.`;
  }
  if (lead.length > 0) lead = lead.charAt(0).toUpperCase() + lead.slice(1);
  if (m.status === "POSTPONED" && m.originalDate)
    lead = lead.replace(/\.$/, `, after being postponed from ${datePhrase(m.originalDate, "MONTH")}.`);

  // The release: title, optional date line and chrome, the lead, delegations, commitments.
  const doc = new DocumentText();
  const { id: documentId, index: docIndex } = world.next("source_document");
  doc.add(`${title}\n`);
  const published = m.date && m.precision === "DAY" && !m.dateInferred ? iso(dayOf(m.date) + rng.int(0, 3)) : null;
  if (published) doc.add(`${datePhrase(published, "DAY")}\n`);
  doc.add("\n");
  if (rng.chance(0.2)) doc.add(`${rng.pick(CHROME_LINES)}\n`);
  if (hostCountry.nativeCapital && rng.chance(0.3)) doc.add(`${hostCountry.capital} (${hostCountry.nativeCapital})\n`);
  const cite = (text: string): string => {
    const [from, to] = doc.sentence(text);
    const { id, index } = world.next("citation");
    world.batches.citation.push({
      id,
      document_id: documentId,
      start_offset: from,
      end_offset: to,
      quote: text,
      created_at: timestamp(5, index),
    });
    return id;
  };
  const leadCitation = cite(lead);
  const citationOf = new Map<Participant, string>([
    [hostPrincipal, leadCitation],
    [guestPrincipal, leadCitation],
  ]);
  for (const delegation of [hosts, ...guestSides]) {
    const members = delegation.filter((p) => !citationOf.has(p));
    if (!members.length) continue;
    const label = delegation[0]?.actor.country?.name ?? delegation[0]?.actor.label;
    doc.add(" ");
    const citation = cite(`The ${label} delegation also included ${listPhrase(members.map(who))}.`);
    for (const p of members) citationOf.set(p, citation);
  }

  const meetingId = world.peekId("meeting");
  const reference = published
    ? documentReference({
        title,
        publishedOn: new Date(published),
        publishedPrecision: "DAY",
        publishedBasis: "STATED",
      })
    : undefined;
  addCommitments(world, { plan: m, meetingId, hosts, guests, who, doc, cite, reference });
  if (m.status === "HELD")
    doc.add(
      `\n\n${rng.pick(["The two sides agreed to maintain close communication.", "The meeting took place in a cordial atmosphere.", "Both sides confirmed the importance of continued dialogue."])}\n`,
    );
  if (rng.chance(0.1)) doc.add(`${CHROME_LINES[2]}\n`);

  const summary = rng.chance(0.8)
    ? `${who(hostPrincipal)} and ${who(guestPrincipal)} discussed ${listPhrase(m.topics.map((t) => t.object))}${m.commitments ? `; ${m.commitments} request${m.commitments === 1 ? " or pledge was" : "s, pledges and responses were"} recorded` : ""}.`
    : null;
  const slugTitle = slugify(title).split("-").slice(0, 8).join("-");
  const created = timestamp(4, docIndex);
  world.batches.source_document.push({
    id: documentId,
    slug: `${SYNTHETIC_PREFIX}${slugTitle}-${m.index + 1}`,
    title,
    publisher: m.host.publisher,
    url: `https://press.${hostCountry.code}.example/releases/${m.index + 1}`,
    published_on: published ?? (m.date && m.precision && m.precision !== "DAY" ? m.date : null),
    published_precision: published ? "DAY" : m.date && m.precision && m.precision !== "DAY" ? m.precision : null,
    published_basis: published || !m.date ? "STATED" : "INFERRED",
    published_note:
      published || !m.date
        ? null
        : "No publication date is printed; the period is that of the meeting the release reports.",
    note: rng.chance(0.2) ? "Photo captions and navigation links are page chrome and are never cited." : null,
    language: "en",
    body: doc.body,
    created_at: created,
    updated_at: created,
  });
  const { id, index } = world.next("meeting");
  if (id !== meetingId) throw new Error("meeting id drifted");
  const meetingCreated = timestamp(7, index);
  world.batches.meeting.push({
    id,
    slug: `${SYNTHETIC_PREFIX}${slugTitle}-${m.date ?? "undated"}-${m.index + 1}`,
    title,
    kind: m.kind,
    status: m.status,
    status_reason: m.statusReason,
    date: m.date,
    date_precision: m.precision,
    date_basis: m.dateInferred ? "INFERRED" : "STATED",
    date_note: m.dateInferred
      ? "The release prints the day and month only; the year is inferred from the publication date."
      : null,
    original_date: m.originalDate,
    original_date_precision: m.originalDate ? "MONTH" : null,
    original_date_basis: m.originalDate && m.dateInferred ? "INFERRED" : "STATED",
    original_date_note:
      m.originalDate && m.dateInferred
        ? "The release gives the month it was first planned for; the year is inferred as for the meeting date."
        : null,
    place,
    place_country_id: m.host.countryId,
    series: m.series,
    sequence_number: m.sequence,
    summary,
    basis: rng.chance(0.95) ? "STATED" : "INFERRED",
    citation_id: leadCitation,
    created_at: meetingCreated,
    updated_at: meetingCreated,
  });
  for (const [ordinal, p] of [...hosts, ...guests].entries()) {
    const { id: participationId, index: pIndex } = world.next("participation");
    const withPosition = rng.chance(0.9);
    world.batches.participation.push({
      id: participationId,
      meeting_id: meetingId,
      person_id: p.person.id,
      position_id: withPosition ? p.position.id : null,
      organization_id: p.orgId,
      country_id: p.countryId,
      role_title: p.position.title,
      side: p.side,
      ordinal,
      basis: rng.chance(0.9) ? "STATED" : "INFERRED",
      citation_id: citationOf.get(p) ?? null,
      created_at: timestamp(9, pIndex),
    });
  }
}

/** Seats up to `count` of an actor's people on one side, each in the position held on the day. */
function delegation(
  world: World,
  actor: Actor,
  count: number,
  side: Side,
  date: string | null,
  seated: Set<Person>,
): Participant[] {
  const { rng } = world;
  const chosen: Participant[] = [];
  const picker = actor.picker as WeightedTable<Person>;
  for (let attempt = 0; chosen.length < count && attempt < count * 6; attempt++) {
    const person = picker.pick(rng);
    if (seated.has(person)) continue;
    seated.add(person);
    const position = positionAt(person, date);
    chosen.push({
      person,
      position,
      actor,
      side,
      orgId: rng.chance(0.95) ? position.org.id : null,
      countryId: actor.countryId ?? person.countryId,
    });
  }
  return chosen;
}

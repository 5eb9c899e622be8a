import { brandWithType } from "@pothos/core";
import { sql, sqlObject, sqlOneOf, sqlRoot, sqlThrough } from "../../compiled-reads/declare.js";
import type { Country, Organization, Person, Prisma } from "../../generated/prisma/client.js";
import { CommitmentKind, CommitmentStatus } from "../../generated/prisma/enums.js";
import { db } from "../../infra/db.js";
import { builder, DEFAULT_PAGE_SIZE } from "../../schema/builder.js";
import { refuseForeignCursor } from "../../schema/cursors.js";
import { longText } from "../../schema/input-limits.js";
import { findRecord, refersTo } from "../../schema/references.js";
import type { Context } from "../../server/context.js";
import { CountryRef } from "../country/country.graphql.js";
import { OrganizationRef } from "../organization/organization.graphql.js";
import { PersonRef } from "../person/person.graphql.js";
import { enumFilter, StringFilter } from "../shared/filters.graphql.js";
import { PARTY_TYPES } from "../shared/filters.js";
import { lookup, whereIdOrSlug } from "../shared/lookup.js";
import { lookupArgs } from "../shared/lookup-args.js";
import {
  CitationInputRef,
  DeletedRef,
  DeleteInput,
  deletedRecord,
  editorMutation,
  idempotencyKeyArg,
  writtenRow,
} from "../shared/mutation.graphql.js";
import { BasisEnum, KnownDate, knownDate, knownDateSql } from "../shared/shared.graphql.js";
import {
  COMMITMENT_ORDERS,
  type CommitmentFilterInput,
  type CommitmentOrder,
  commitmentWhere,
  type DueFilterInput,
} from "./commitment.filter.js";
import { createCommitment, deleteCommitment, updateCommitment, updateCommitmentStatus } from "./commitment.service.js";
import { CommitmentBetween } from "./commitment-between.graphql.js";
import { PartyRoleEnum } from "./party-role.graphql.js";

export const CommitmentKindEnum = builder.enumType(CommitmentKind, {
  name: "CommitmentKind",
  description: "What a commitment is: something asked, promised, agreed, concurred in, answered or expressed.",
});
export const CommitmentStatusEnum = builder.enumType(CommitmentStatus, {
  name: "CommitmentStatus",
  description: "Where a commitment stands, as far as the sources tell.",
});
export const Party = builder.unionType("Party", {
  description: "Who can make or receive a commitment: a person, an organization or a country.",
  types: [PersonRef, OrganizationRef, CountryRef],
});

interface PartyRow {
  person: Person | null;
  organization: Organization | null;
  country: Country | null;
}

/** The one party set on a commitment_party row, branded so the union knows its type. */
function partyOf(row: PartyRow): typeof Party.$inferType {
  const [type, value] = row.person
    ? [PersonRef, row.person]
    : row.organization
      ? [OrganizationRef, row.organization]
      : [CountryRef, row.country];
  brandWithType(value, type);
  // Full rows, while the refs' shapes carry Pothos' model brand, which TypeScript cannot match up.
  return value as unknown as typeof Party.$inferType;
}

/** What a Party field selects, read per member type from the GraphQL selection. */
function partySelection(
  nestedSelection: (selection: true, path: [], type: "Person" | "Organization" | "Country") => boolean | object,
) {
  return {
    person: nestedSelection(true, [], "Person") as true | Prisma.PersonDefaultArgs,
    organization: nestedSelection(true, [], "Organization") as true | Prisma.OrganizationDefaultArgs,
    country: nestedSelection(true, [], "Country") as true | Prisma.CountryDefaultArgs,
  };
}

/** Parties in the order the source names them; the id keeps ties stable. */
const PARTY_ORDER = [
  { role: "asc" },
  { position: "asc" },
  { id: "asc" },
] as const satisfies Prisma.CommitmentPartyOrderByWithRelationInput[];

/** Makers and addressees share one parties query, so asking for both loads the parties once. */
function partiesSelection(nestedSelection: Parameters<typeof partySelection>[0]) {
  return {
    parties: { orderBy: [...PARTY_ORDER], select: { role: true, ...partySelection(nestedSelection) } },
  } as const;
}

export const CommitmentPartyRef = builder.prismaObject("CommitmentParty", {
  select: { id: true },
  description: "A party's part in a commitment: who made it or who it was made to.",
  fields: (t) => ({
    role: t.expose("role", { type: PartyRoleEnum, description: "Maker or addressee." }),
    commitment: t.relation("commitment", { description: "The commitment." }),
    party: t.field({
      type: Party,
      description: "The person, organization or country.",
      select: (_args, _ctx, nestedSelection) => partySelection(nestedSelection),
      extensions: sqlOneOf(["person", "organization", "country"]),
      // A select function does not narrow the parent's type here; partySelection loads all three.
      resolve: (row) => partyOf(row as typeof row & PartyRow),
    }),
  }),
});

interface CommitmentDueShape {
  date: ReturnType<typeof knownDate>;
  text: string | null;
  asSoonAsPossible: boolean;
}

const CommitmentDue = builder.objectRef<CommitmentDueShape>("CommitmentDue").implement({
  description:
    'When a commitment is due: a date, words such as "as soon as possible", or both. Words relative to the source ("by January next year") also give a date, computed from the source\'s date and marked INFERRED.',
  fields: (t) => ({
    date: t.field({
      type: KnownDate,
      nullable: true,
      description:
        "The deadline as a date: STATED when the source dates it, INFERRED (with a note) when computed from relative words.",
      resolve: (due) => due.date,
    }),
    text: t.string({ nullable: true, description: "The deadline in the source's words.", resolve: (due) => due.text }),
    asSoonAsPossible: t.boolean({
      description:
        'True when wanted "as soon as possible" or in like words ("at an early date", "without delay"): the most urgent deadline, not a missing one.',
      resolve: (due) => due.asSoonAsPossible,
    }),
  }),
});

export const CommitmentRef = builder.prismaNode("Commitment", {
  select: { id: true },
  id: { field: "id" },
  description:
    "A request, pledge, agreement, concurrence, response or expression made by one or more parties, traced to its sentence.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable key." }),
    kind: t.expose("kind", { type: CommitmentKindEnum, description: "What sort of commitment." }),
    statement: t.exposeString("statement", { description: "What was asked, promised or agreed, in plain words." }),
    status: t.expose("status", {
      type: CommitmentStatusEnum,
      description: "Where it stands, as far as the sources tell.",
    }),
    meeting: t.relation("meeting", { nullable: true, description: "The meeting where it was made." }),
    topic: t.relation("topic", { nullable: true, description: "What it is about." }),
    due: t.field({
      type: CommitmentDue,
      nullable: true,
      description: "When it is due; null when no deadline is given.",
      select: {
        dueDate: true,
        duePrecision: true,
        dueText: true,
        dueBasis: true,
        dueNote: true,
        dueAsSoonAsPossible: true,
      },
      extensions: sql((c) =>
        sqlObject(`(${c("dueDate")} IS NOT NULL OR ${c("dueText")} IS NOT NULL OR ${c("dueAsSoonAsPossible")})`, {
          date: knownDateSql(c("dueDate"), c("duePrecision"), `${c("dueBasis")}::text`, c("dueNote")),
          text: c("dueText"),
          asSoonAsPossible: c("dueAsSoonAsPossible"),
        }),
      ),
      resolve: (c) =>
        c.dueDate || c.dueText || c.dueAsSoonAsPossible
          ? {
              date: knownDate(c.dueDate, c.duePrecision, c.dueBasis, c.dueNote),
              text: c.dueText,
              asSoonAsPossible: c.dueAsSoonAsPossible,
            }
          : null,
    }),
    makers: t.field({
      type: [Party],
      description: "Who made it, in the order the source names them.",
      select: (_args, _ctx, nestedSelection) => partiesSelection(nestedSelection),
      extensions: sqlThrough({
        relation: "parties",
        where: { role: "MAKER" },
        orderBy: [...PARTY_ORDER],
        field: "party",
      }),
      resolve: (c) => c.parties.filter((p) => p.role === "MAKER").map(partyOf),
    }),
    addressees: t.field({
      type: [Party],
      description: "Who it was made to; empty when the source names no one.",
      select: (_args, _ctx, nestedSelection) => partiesSelection(nestedSelection),
      extensions: sqlThrough({
        relation: "parties",
        where: { role: "ADDRESSEE" },
        orderBy: [...PARTY_ORDER],
        field: "party",
      }),
      resolve: (c) => c.parties.filter((p) => p.role === "ADDRESSEE").map(partyOf),
    }),
    respondsTo: t.relation("respondsTo", {
      nullable: true,
      description: "The commitment this one answers (a response's request).",
    }),
    responseCount: t.relationCount("responses", { description: "How many commitments answer this one." }),
    responses: t.relatedConnection("responses", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ citation: { startOffset: "asc" } }, { id: "asc" }] },
      description: "Commitments that answer this one, in the order the source reports them.",
    }),
    basis: t.expose("basis", {
      type: BasisEnum,
      description: "STATED when the source reports it; INFERRED otherwise.",
    }),
    citation: t.relation("citation", { description: "The excerpt that reports it." }),
  }),
});

const CommitmentDueFilter = builder.inputRef<DueFilterInput>("CommitmentDueFilter").implement({
  description:
    'Matches commitments by deadline. Given fields must all match: for "due by 2012 or as soon as possible" combine two `due` filters with `or`.',
  fields: (t) => ({
    from: t.field({
      type: "PartialDate",
      required: false,
      description:
        "Due on or after the first day of this date's period (a dated deadline whose period overlaps the range).",
    }),
    to: t.field({
      type: "PartialDate",
      required: false,
      description: "Due on or before the last day of this date's period. Deadlines without a date never match a range.",
    }),
    exists: t.boolean({
      required: false,
      description: "True: any deadline (a date, words, or as soon as possible); false: none.",
    }),
    asSoonAsPossible: t.boolean({
      required: false,
      description: 'True: wanted "as soon as possible" or in like words; false: not.',
    }),
  }),
});

export const CommitmentFilter = builder.inputRef<CommitmentFilterInput>("CommitmentFilter").implement({
  description: "Narrows commitments. Given fields must all match; combine filters with `and`, `or` and `not`.",
  fields: (t) => ({
    and: t.field({ type: [CommitmentFilter], required: false, description: "Every one of these filters matches." }),
    or: t.field({ type: [CommitmentFilter], required: false, description: "At least one of these filters matches." }),
    not: t.field({ type: CommitmentFilter, required: false, description: "This filter does not match." }),
    statement: t.field({ type: StringFilter, required: false, description: "The plain-words statement." }),
    kind: t.field({
      type: enumFilter("CommitmentKindFilter", CommitmentKindEnum, "a commitment kind"),
      required: false,
      description: "Request, pledge, agreement...",
    }),
    status: t.field({
      type: enumFilter("CommitmentStatusFilter", CommitmentStatusEnum, "a commitment status"),
      required: false,
      description: "Open, fulfilled, declined...",
    }),
    basis: t.field({ type: BasisEnum, required: false, description: "Only stated or only inferred commitments." }),
    maker: t.id({
      required: false,
      description:
        'A person, organization or country among the makers, by global id, slug or ISO code ("JP"). An organization also matches its sub-organizations; a country also matches its people and organizations.',
      ...refersTo(...PARTY_TYPES),
    }),
    addressee: t.id({
      required: false,
      description:
        "A person, organization or country it was made to (global id, slug or ISO code), matched like `maker`.",
      ...refersTo(...PARTY_TYPES),
    }),
    meeting: t.id({
      required: false,
      description: "The meeting where it was made, by global id or slug.",
      ...refersTo("Meeting"),
    }),
    due: t.field({
      type: CommitmentDueFilter,
      required: false,
      description: "By deadline: due within a range, with any deadline, or as soon as possible.",
    }),
    topic: t.string({ required: false, description: "Its topic, by slug.", ...refersTo("Topic") }),
    hasResponse: t.boolean({ required: false, description: "True: answered at least once; false: never answered." }),
    isResponse: t.boolean({ required: false, description: "True: it answers another commitment; false: it does not." }),
    between: t.field({
      type: CommitmentBetween,
      required: false,
      description:
        "Commitments between two parties: made by one and addressed to the other, or made jointly by both. Ask `direction(a:, b:)` on each for which way it runs.",
    }),
  }),
});

export const CommitmentOrderEnum = builder.enumType("CommitmentOrder", {
  description: "Orders for commitment lists; ties are broken by id, so cursors stay stable.",
  values: {
    CREATED_DESC: { description: "Most recently recorded first." },
    CREATED_ASC: { description: "Oldest record first." },
    DUE_ASC: {
      description:
        "Most urgent first: as-soon-as-possible commitments (whatever their age), then dated deadlines, earliest first, then those without a dated deadline.",
    },
  } satisfies Record<CommitmentOrder, { description: string }>,
});

/** The Prisma arguments a commitments page reads with; the compiled read path translates the same ones. */
const commitmentsQuery = (
  args: { filter?: CommitmentFilterInput | null; orderBy?: CommitmentOrder | null },
  ctx: Context,
) => ({
  where: commitmentWhere(args.filter, findRecord(ctx)),
  orderBy: COMMITMENT_ORDERS[args.orderBy ?? "CREATED_DESC"],
});

builder.queryFields((t) => ({
  commitments: t.prismaConnection({
    type: "Commitment",
    cursor: "id",
    defaultSize: DEFAULT_PAGE_SIZE,
    description: "Commitments, filtered and ordered; by default most recently recorded first.",
    args: {
      filter: t.arg({ type: CommitmentFilter, required: false, description: "Which commitments." }),
      orderBy: t.arg({
        type: CommitmentOrderEnum,
        required: false,
        defaultValue: "CREATED_DESC",
        description: "Their order.",
      }),
    },
    extensions: sqlRoot({ kind: "connection", model: "Commitment", query: commitmentsQuery }),
    totalCount: (_parent, args, ctx) => db.commitment.count({ where: commitmentsQuery(args, ctx).where }),
    resolve: (query, _parent, args, ctx) =>
      db.commitment
        .findMany({ ...query, ...commitmentsQuery(args, ctx) })
        .then((rows) =>
          refuseForeignCursor(rows, args, "commitments", (id) =>
            db.commitment.findUnique({ where: { id }, select: { id: true } }),
          ),
        ),
  }),
  commitment: t.prismaField({
    type: "Commitment",
    description: "One commitment by global id or slug.",
    args: lookupArgs,
    extensions: sqlRoot({ kind: "unique", model: "Commitment", where: (args) => whereIdOrSlug("Commitment", args) }),
    resolve: (query, _root, args) =>
      lookup("Commitment", args, (where) => db.commitment.findUnique({ ...query, where })),
  }),
}));

builder.prismaObject("CommitmentStatusChange", {
  select: { id: true },
  description: "One change of a commitment's status. History is append-only.",
  fields: (t) => ({
    fromStatus: t.expose("fromStatus", {
      type: CommitmentStatusEnum,
      nullable: true,
      description: "The status before; null for the first entry.",
    }),
    toStatus: t.expose("toStatus", { type: CommitmentStatusEnum, description: "The status after." }),
    note: t.exposeString("note", { nullable: true, description: "Why, in the editor's words." }),
    changedBy: t.string({
      nullable: true,
      description: "Name of the API key that made the change; null for imports and the seed.",
      select: { changedBy: { select: { name: true } } },
      extensions: sql((c) => c.related("changedBy", "name")),
      resolve: (change) => change.changedBy?.name ?? null,
    }),
    changedAt: t.expose("changedAt", { type: "DateTime", description: "When." }),
    citation: t.relation("citation", {
      nullable: true,
      description: "The source excerpt that supports the change, if given.",
    }),
  }),
});

builder.prismaObjectFields("Commitment", (t) => ({
  version: t.exposeInt("version", { description: "Increases with every change; send it back as `expectedVersion`." }),
  statusHistory: t.relation("statusHistory", {
    description: "Every status it has had, oldest first.",
    query: { orderBy: [{ changedAt: "asc" }, { id: "asc" }] },
  }),
}));

const DueInput = builder.inputType("DueInput", {
  description:
    'When a commitment is due: a date, words, or both. Words relative to the source ("next month", "within the year") without a date get one computed from the cited document\'s date, marked INFERRED.',
  fields: (t) => ({
    date: t.field({
      type: "PartialDate",
      required: false,
      description: "The deadline, as precisely as the source states it.",
    }),
    text: t.string({
      required: false,
      description: 'The deadline in the source\'s words, e.g. "as soon as possible".',
    }),
    asSoonAsPossible: t.boolean({
      required: false,
      description:
        'Wanted as soon as possible; by default read from `text` ("as soon as possible", "at an early date", "without delay"...).',
    }),
  }),
});

const CreateCommitmentInput = builder.inputType("CreateCommitmentInput", {
  description: "A new commitment.",
  fields: (t) => ({
    slug: t.string({ description: "Stable key: lower-case words joined by hyphens." }),
    kind: t.field({ type: CommitmentKindEnum, description: "Request, pledge, agreement..." }),
    statement: t.string({ ...longText, description: "What was asked, promised or agreed, in plain words." }),
    status: t.field({ type: CommitmentStatusEnum, description: "Where it stands." }),
    meeting: t.id({ required: false, description: "Global id of the meeting where it was made." }),
    topic: t.string({ required: false, description: "Slug of its topic." }),
    respondsTo: t.id({ required: false, description: "Global id of the commitment it answers." }),
    due: t.field({ type: DueInput, required: false, description: "When it is due." }),
    makers: t.idList({ description: "Global ids of the people, organizations or countries that made it, in order." }),
    addressees: t.idList({ required: false, description: "Global ids of those it was made to." }),
    inferred: t.boolean({ required: false, description: "True when the source only implies it." }),
    citation: t.field({ type: CitationInputRef, description: "The excerpt that reports it." }),
  }),
});

const UpdateCommitmentInput = builder.inputType("UpdateCommitmentInput", {
  description:
    "Changes to a commitment other than its status (see updateCommitmentStatus); omitted fields stay as they are.",
  fields: (t) => ({
    id: t.id({ description: "The commitment's global id." }),
    expectedVersion: t.int({ description: "The `version` you read; a newer stored version is a ConflictError." }),
    kind: t.field({ type: CommitmentKindEnum, required: false, description: "New kind." }),
    statement: t.string({ ...longText, required: false, description: "New statement." }),
    topic: t.string({ required: false, description: "New topic slug; null clears it." }),
    respondsTo: t.id({ required: false, description: "New commitment it answers; null clears it." }),
    due: t.field({ type: DueInput, required: false, description: "New deadline; null clears it." }),
    makers: t.idList({ required: false, description: "Replaces the makers." }),
    addressees: t.idList({ required: false, description: "Replaces the addressees." }),
  }),
});

const UpdateCommitmentStatusInput = builder.inputType("UpdateCommitmentStatusInput", {
  description: "A status change, appended to the commitment's history.",
  fields: (t) => ({
    commitmentId: t.id({ description: "The commitment's global id." }),
    status: t.field({ type: CommitmentStatusEnum, description: "The new status." }),
    note: t.string({ ...longText, required: false, description: "Why it changed." }),
    citation: t.field({
      type: CitationInputRef,
      required: false,
      description: "A source excerpt supporting the change.",
    }),
    expectedVersion: t.int({
      required: false,
      description: "The `version` you read; when given, a newer stored version is a ConflictError.",
    }),
  }),
});

builder.mutationFields((t) => ({
  createCommitment: t.prismaField({
    type: "Commitment",
    description: "Records a commitment with its makers, addressees and citation.",
    ...editorMutation,
    args: { input: t.arg({ type: CreateCommitmentInput, description: "The commitment." }), ...idempotencyKeyArg },
    resolve: (query, _root, args, ctx) =>
      createCommitment(
        ctx,
        args.input,
        writtenRow((tx) => tx.commitment, query, args),
      ),
  }),
  updateCommitment: t.prismaField({
    type: "Commitment",
    description: "Corrects a commitment.",
    ...editorMutation,
    args: { input: t.arg({ type: UpdateCommitmentInput, description: "The changes." }), ...idempotencyKeyArg },
    resolve: (query, _root, args, ctx) =>
      updateCommitment(
        ctx,
        args.input,
        writtenRow((tx) => tx.commitment, query, args),
      ),
  }),
  updateCommitmentStatus: t.prismaField({
    type: "Commitment",
    description: "Changes a commitment's status; the change is appended to `statusHistory`, never overwritten.",
    ...editorMutation,
    args: { input: t.arg({ type: UpdateCommitmentStatusInput, description: "The change." }), ...idempotencyKeyArg },
    resolve: (query, _root, args, ctx) =>
      updateCommitmentStatus(
        ctx,
        args.input,
        writtenRow((tx) => tx.commitment, query, args),
      ),
  }),
  deleteCommitment: t.field({
    type: DeletedRef,
    description: "Deletes a commitment no response answers.",
    ...editorMutation,
    args: { input: t.arg({ type: DeleteInput, description: "Which commitment." }), ...idempotencyKeyArg },
    resolve: (_root, args, ctx) => deleteCommitment(ctx, args.input, deletedRecord("Commitment", args)),
  }),
}));

// The Commitment type and its fields; its filter, root queries and mutations have files of their own beside it.
import { sql, sqlObject, sqlThrough } from "../../compiled-reads/declare.js";
import { CommitmentKind, CommitmentStatus } from "../../generated/prisma/enums.js";
import { builder } from "../../schema/builder.js";
import { BasisEnum, KnownDate, knownDate, knownDateSql } from "../shared/shared.graphql.js";
import { PARTY_ORDER, Party, partiesSelection, partyOf } from "./commitment-party.graphql.js";

export const CommitmentKindEnum = builder.enumType(CommitmentKind, {
  name: "CommitmentKind",
  description: "What a commitment is: something asked, promised, agreed, concurred in, answered or expressed.",
});
export const CommitmentStatusEnum = builder.enumType(CommitmentStatus, {
  name: "CommitmentStatus",
  description: "Where a commitment stands, as far as the sources tell.",
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

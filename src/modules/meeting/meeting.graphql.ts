// The Meeting type and its fields; its filter, root queries and mutations have files of their own beside it.
import { sql } from "../../compiled-reads/declare.js";
import { MeetingKind, MeetingStatus } from "../../generated/prisma/enums.js";
import { builder } from "../../schema/builder.js";
import { findRecord } from "../../schema/references.js";
import { commitmentWhere } from "../commitment/commitment.filter.js";
import { CommitmentFilter } from "../commitment/commitment-filter.graphql.js";
import { SourceDocumentRef } from "../document/document.graphql.js";
import { BasisEnum, KnownDate, knownDate, knownDateSql } from "../shared/shared.graphql.js";

export const MeetingKindEnum = builder.enumType(MeetingKind, {
  name: "MeetingKind",
  description: "The format of a meeting.",
});
export const MeetingStatusEnum = builder.enumType(MeetingStatus, {
  name: "MeetingStatus",
  description: "Whether a meeting took place, is planned, or was moved or called off.",
});

export const MeetingRef = builder.prismaNode("Meeting", {
  select: { id: true },
  id: { field: "id" },
  description: "A meeting, talk or visit between people representing organizations and countries, held or planned.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable key." }),
    title: t.exposeString("title", { description: "A short descriptive title." }),
    kind: t.expose("kind", { type: MeetingKindEnum, description: "The format of the meeting." }),
    status: t.expose("status", { type: MeetingStatusEnum, description: "Held, planned, postponed..." }),
    statusReason: t.exposeString("statusReason", {
      nullable: true,
      description: "Why it was postponed, cancelled or moved, as the source says.",
    }),
    date: t.field({
      type: KnownDate,
      nullable: true,
      description: "When it took place or is planned, as precisely as known; null when no date is given.",
      select: { date: true, datePrecision: true, dateBasis: true, dateNote: true },
      extensions: sql((c) => knownDateSql(c("date"), c("datePrecision"), c("dateBasis"), c("dateNote"))),
      resolve: (m) => knownDate(m.date, m.datePrecision, m.dateBasis, m.dateNote),
    }),
    originalDate: t.field({
      type: KnownDate,
      nullable: true,
      description: "When it was first scheduled, if it was moved.",
      select: { originalDate: true, originalDatePrecision: true, originalDateBasis: true, originalDateNote: true },
      extensions: sql((c) =>
        knownDateSql(c("originalDate"), c("originalDatePrecision"), c("originalDateBasis"), c("originalDateNote")),
      ),
      resolve: (m) => knownDate(m.originalDate, m.originalDatePrecision, m.originalDateBasis, m.originalDateNote),
    }),
    place: t.exposeString("place", { nullable: true, description: "Where it was held, as the source names it." }),
    placeCountry: t.relation("placeCountry", { nullable: true, description: "The country it was held in." }),
    series: t.exposeString("series", {
      nullable: true,
      description: 'The recurring series it belongs to, e.g. "Japan-China Defense Vice-Ministerial Meeting".',
    }),
    sequenceNumber: t.exposeInt("sequenceNumber", {
      nullable: true,
      description: 'Its number in the series ("9th" is 9).',
    }),
    summary: t.exposeString("summary", { nullable: true, description: "A curator's summary." }),
    basis: t.expose("basis", {
      type: BasisEnum,
      description: "STATED when the source reports the meeting; INFERRED when only implied.",
    }),
    citation: t.relation("citation", { description: "The excerpt that reports the meeting." }),
    participantCount: t.relationCount("participations", { description: "How many people attended." }),
    commitmentCount: t.relationCount("commitments", { description: "How many commitments were made at it." }),
    participants: t.relatedConnection("participations", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ side: "asc" }, { ordinal: "asc" }, { id: "asc" }] },
      description: "Who attended, hosts first, each in the role they held there.",
    }),
    commitments: t.relatedConnection("commitments", {
      cursor: "id",
      totalCount: true,
      args: { filter: t.arg({ type: CommitmentFilter, required: false, description: "Which commitments." }) },
      query: (args, ctx) => ({
        where: commitmentWhere(args.filter, findRecord(ctx)),
        orderBy: [{ citation: { startOffset: "asc" } }, { id: "asc" }],
      }),
      description:
        "Requests, pledges, agreements and responses made at the meeting, in the order the source reports them.",
    }),
    sources: t.field({
      type: [SourceDocumentRef],
      description: "Every document cited by the meeting, its participants or its commitments.",
      select: (_args, _ctx, nestedSelection) => {
        const cited = { select: { document: nestedSelection(true) } };
        return {
          citation: cited,
          participations: { select: { citation: cited } },
          commitments: { select: { citation: cited } },
        };
      },
      resolve: (m) => {
        const documents = [
          m.citation,
          ...m.participations.map((p) => p.citation),
          ...m.commitments.map((c) => c.citation),
        ].map((c) => c.document);
        return [...new Map(documents.map((d) => [d.id, d])).values()];
      },
    }),
  }),
});

builder.prismaObjectField("Meeting", "version", (t) =>
  t.exposeInt("version", { description: "Increases with every change; send it back as `expectedVersion`." }),
);

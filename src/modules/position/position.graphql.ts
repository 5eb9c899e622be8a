import { sql } from "../../compiled-reads/declare.js";
import { builder } from "../../schema/builder.js";
import { longText } from "../../schema/input-limits.js";
import { InputReferences } from "../../schema/input-references.js";
import { refersTo } from "../../schema/references.js";
import { OrganizationMatch, StringFilter } from "../shared/filters.graphql.js";
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
import { ENDED_SELECT, endedSql, knownToHaveEnded, type PositionMatchInput } from "./position.filter.js";
import { createPosition, deletePosition, updatePosition } from "./position.service.js";

export const PositionRef = builder.prismaNode("Position", {
  select: { id: true },
  id: { field: "id" },
  description: "A role a person holds in an organization over a period; either end may be unknown.",
  fields: (t) => ({
    title: t.exposeString("title", { description: 'The role, e.g. "Defense Minister".' }),
    person: t.relation("person", { description: "Who holds or held it." }),
    organization: t.relation("organization", { description: "Where." }),
    start: t.field({
      type: KnownDate,
      nullable: true,
      description: "When it began, if known.",
      select: { startDate: true, startPrecision: true },
      extensions: sql((c) => knownDateSql(c("startDate"), c("startPrecision"))),
      resolve: (p) => knownDate(p.startDate, p.startPrecision),
    }),
    end: t.field({
      type: KnownDate,
      nullable: true,
      description: "When it ended, if known.",
      select: { endDate: true, endPrecision: true },
      extensions: sql((c) => knownDateSql(c("endDate"), c("endPrecision"))),
      resolve: (p) => knownDate(p.endDate, p.endPrecision),
    }),
    current: t.exposeBoolean("current", {
      description:
        "How the source described the role on its date, misread as today's state: see `heldAsOfSource` and `knownToHaveEnded`.",
      deprecationReason:
        "Read `heldAsOfSource` for how the source described the role on its date, `knownToHaveEnded` for what is known now.",
    }),
    heldAsOfSource: t.exposeBoolean("current", {
      description:
        'Then: whether the source, as of its date (`sourceDate`), described the role as held; false for "then Defense Minister". It says nothing about today: see `knownToHaveEnded`.',
    }),
    sourceDate: t.field({
      type: KnownDate,
      nullable: true,
      description:
        "The date `heldAsOfSource` speaks as of: the publication date of the document that names the role; null when the document is undated.",
      select: {
        citation: {
          select: {
            document: {
              select: { publishedOn: true, publishedPrecision: true, publishedBasis: true, publishedNote: true },
            },
          },
        },
      },
      extensions: sql((c) => {
        const d = (field: string) => c.related("citation.document", field);
        return knownDateSql(d("publishedOn"), d("publishedPrecision"), d("publishedBasis"), d("publishedNote"));
      }),
      resolve: ({ citation: { document: d } }) =>
        knownDate(d.publishedOn, d.publishedPrecision, d.publishedBasis, d.publishedNote),
    }),
    knownToHaveEnded: t.boolean({
      description:
        'Now: true when the role is known to have ended: its source calls it former ("then ..."), its end date has passed, or a later-dated source about the same title in the same organization names someone as holding it (a successor) or calls this tenure over. False means the latest source about the role still describes it as held (as of `sourceDate`), not that it is held today. `heldAccordingToLatestSource: true` selects exactly the positions where this is false.',
      select: ENDED_SELECT,
      extensions: sql((c) => endedSql(c("current"), c("endLatest"), c("id"))),
      resolve: (position) => knownToHaveEnded(position),
    }),
    basis: t.expose("basis", {
      type: BasisEnum,
      description: "Whether the source states the role or it was inferred.",
    }),
    note: t.exposeString("note", { nullable: true, description: "How an inferred role was derived." }),
    citation: t.relation("citation", { description: "The excerpt that names the role." }),
  }),
});

/** Arguments of Person.positions and Organization.positions. */
export const positionsArgs = builder.args((t) => ({
  asOf: t.field({
    type: "Date",
    required: false,
    description:
      "Who held it on this day: positions begun by then and not ended before it, counting unknown start and end dates as possible.",
  }),
  heldAccordingToLatestSource: t.boolean({
    required: false,
    description:
      'True: who holds it according to the latest source about the role: positions their source describes as held (not "then ..."), with no end date passed, and with no later-dated source about the same title in the same organization that names another holder or calls the tenure over (`knownToHaveEnded: false`); false: only the others. A later source mentioning someone else as a former holder outdates nothing.',
  }),
}));

export const PositionMatch = builder.inputRef<PositionMatchInput>("PositionMatch").implement({
  description:
    'A role held, by any of its title, organization and time: `asOf` for "who held it on this day", `heldAccordingToLatestSource` for "who holds it as far as the latest source tells". Given fields must all match one position.',
  fields: (t) => ({
    title: t.field({
      type: StringFilter,
      required: false,
      description: 'The title, e.g. `{ equals: "Defense Minister" }`.',
    }),
    organization: t.field({
      type: OrganizationMatch,
      required: false,
      description: "The organization, with its sub-organizations unless told otherwise.",
    }),
    asOf: t.field({
      type: "Date",
      required: false,
      description: "Held on this day, or not known not to be (as `positions(asOf:)`).",
    }),
    heldAccordingToLatestSource: t.boolean({
      required: false,
      description:
        "True: held according to the latest source about the role (as `positions(heldAccordingToLatestSource:)`): described as held, no end date passed, and no later-dated source about the same title in the same organization naming another holder or calling the tenure over; false: the others.",
    }),
  }),
});

const CreatePositionInput = builder.inputType("CreatePositionInput", {
  description: "A role a person holds or held.",
  fields: (t) => ({
    slug: t.string({ description: "Stable key: lower-case words joined by hyphens." }),
    person: t.id({ description: "The person, by global id or slug.", ...refersTo("Person") }),
    organization: t.id({ description: "The organization, by global id or slug.", ...refersTo("Organization") }),
    title: t.string({ description: 'The role, e.g. "Defense Minister".' }),
    start: t.field({ type: "PartialDate", required: false, description: "When it began, as precisely as known." }),
    end: t.field({ type: "PartialDate", required: false, description: "When it ended, as precisely as known." }),
    current: t.boolean({
      description:
        'Whether the source describes the role as held on its date: false for "then ...", even without an end date.',
    }),
    inferred: t.boolean({
      required: false,
      description: "True when the source implies the role rather than stating it.",
    }),
    note: t.string({ ...longText, required: false, description: "How an inferred role was derived." }),
    citation: t.field({ type: CitationInputRef, description: "The excerpt that names the role." }),
  }),
});

const UpdatePositionInput = builder.inputType("UpdatePositionInput", {
  description: "Changes to a position; omitted fields stay as they are.",
  fields: (t) => ({
    id: t.id({ description: "The position, by global id or slug.", ...refersTo("Position") }),
    expectedVersion: t.int({ description: "The `version` you read; a newer stored version is a ConflictError." }),
    title: t.string({ required: false, description: "New title." }),
    start: t.field({ type: "PartialDate", required: false, description: "New start; null clears it." }),
    end: t.field({ type: "PartialDate", required: false, description: "New end; null clears it." }),
    current: t.boolean({
      required: false,
      description: 'Whether the source describes the role as held on its date (false for "then ...").',
    }),
    note: t.string({ ...longText, required: false, description: "New note." }),
  }),
});

builder.prismaObjectField("Position", "version", (t) =>
  t.exposeInt("version", { description: "Increases with every change; send it back as `expectedVersion`." }),
);

builder.mutationFields((t) => ({
  createPosition: t.prismaField({
    type: "Position",
    description: "Records a position held.",
    ...editorMutation,
    args: { input: t.arg({ type: CreatePositionInput, description: "The position." }), ...idempotencyKeyArg },
    resolve: (query, _root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = {
        ...input,
        person: refs.id(input.person, "Person", ["input", "person"]),
        organization: refs.id(input.organization, "Organization", ["input", "organization"]),
        citation: refs.citation(input.citation, ["input", "citation"]),
      };
      return refs.run(decoded, (data) =>
        createPosition(
          ctx,
          data,
          writtenRow((tx) => tx.position, query, args),
        ),
      );
    },
  }),
  updatePosition: t.prismaField({
    type: "Position",
    description: "Corrects a position, e.g. records when it ended.",
    ...editorMutation,
    args: { input: t.arg({ type: UpdatePositionInput, description: "The changes." }), ...idempotencyKeyArg },
    resolve: (query, _root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = { ...input, id: refs.target(input.id, "Position", ["input", "id"]) };
      return refs.run(decoded, (data) =>
        updatePosition(
          ctx,
          data,
          writtenRow((tx) => tx.position, query, args),
        ),
      );
    },
  }),
  deletePosition: t.field({
    type: DeletedRef,
    description: "Deletes a position (participations that named it keep their title).",
    ...editorMutation,
    args: { input: t.arg({ type: DeleteInput, description: "Which position." }), ...idempotencyKeyArg },
    resolve: (_root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = { id: refs.target(input.id, "Position", ["input", "id"]) };
      return refs.run(decoded, (data) => deletePosition(ctx, data, deletedRecord("Position", args)));
    },
  }),
}));

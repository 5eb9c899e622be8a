import { sql, sqlObject, sqlRow } from "../../compiled-reads/declare.js";
import type { Organization, Position } from "../../generated/prisma/client.js";
import { ParticipationSide } from "../../generated/prisma/enums.js";
import { builder } from "../../schema/builder.js";
import { OrganizationRef } from "../organization/organization.graphql.js";
import { ENDED_SELECT, type EndedInput, endedSql, knownToHaveEnded } from "../position/position.filter.js";
import { PositionRef } from "../position/position.graphql.js";
import { BasisEnum } from "../shared/shared.graphql.js";

export const ParticipationSideEnum = builder.enumType(ParticipationSide, {
  name: "ParticipationSide",
  description: "Which side of the table: the host, or the visiting guest or delegation.",
});

interface RoleAtMeetingShape {
  title: string;
  organization: Organization | null;
  position: (Position & EndedInput) | null;
}

const RoleAtMeeting = builder.objectRef<RoleAtMeetingShape>("RoleAtMeeting").implement({
  description:
    "The role a person held at a meeting (then), with what the sources say of it: as of the source's date (`heldAsOfSource`) and as known now (`knownToHaveEnded`).",
  fields: (t) => ({
    title: t.string({ description: 'E.g. "Defense Minister".', resolve: (role) => role.title }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: "Where the role sits.",
      resolve: (role) => role.organization,
    }),
    current: t.boolean({
      nullable: true,
      description:
        "How the source described the role on its date, misread as today's state: see `heldAsOfSource` and `knownToHaveEnded`.",
      deprecationReason:
        "Read `heldAsOfSource` for how the source described the role on its date, `knownToHaveEnded` for what is known now.",
      resolve: (role) => role.position?.current ?? null,
    }),
    heldAsOfSource: t.boolean({
      nullable: true,
      description:
        'Whether the source, as of its date (`position.sourceDate`), described the role as held: false for "then Defense Minister". Null when no position record says.',
      resolve: (role) => role.position?.current ?? null,
    }),
    knownToHaveEnded: t.boolean({
      nullable: true,
      description:
        'True when the role is known to have ended since ("then ...", an end date passed, or a later source about the role names a successor: as `Position.knownToHaveEnded`); false when the latest source about it still describes it as held. Null when no position record says.',
      resolve: (role) => (role.position ? knownToHaveEnded(role.position) : null),
    }),
    position: t.field({
      type: PositionRef,
      nullable: true,
      description: "The position record, when there is one.",
      resolve: (role) => role.position,
    }),
  }),
});

export const ParticipationRef = builder.prismaNode("Participation", {
  select: { id: true },
  id: { field: "id" },
  description:
    "A person's attendance at a meeting, in the role they held there, for the organization and country they represented.",
  fields: (t) => ({
    meeting: t.relation("meeting", { description: "The meeting attended." }),
    person: t.relation("person", { description: "Who attended." }),
    roleTitle: t.exposeString("roleTitle", {
      description: 'The title the source gives them at the meeting, e.g. "Defense Minister".',
    }),
    position: t.relation("position", {
      nullable: true,
      description: "The position record behind the title, when known.",
    }),
    organization: t.relation("organization", { nullable: true, description: "The organization they represented." }),
    country: t.relation("country", { nullable: true, description: "The country they represented." }),
    side: t.expose("side", { type: ParticipationSideEnum, description: "Host or guest side." }),
    basis: t.expose("basis", {
      type: BasisEnum,
      description: "STATED when the source names them at the meeting; INFERRED otherwise.",
    }),
    organizationBasis: t.expose("organizationBasis", {
      type: BasisEnum,
      description:
        'STATED when the source names the organization they represented; INFERRED when it only implies it (a "Chinese military attache" as the PLA\'s).',
    }),
    organizationNote: t.exposeString("organizationNote", {
      nullable: true,
      description: "How an implied organization was inferred.",
    }),
    citation: t.relation("citation", { description: "The excerpt that places them at the meeting." }),
    roleAtMeeting: t.field({
      type: RoleAtMeeting,
      description:
        "The title they held at the meeting, from their position record where there is one, else from the participation record.",
      select: {
        roleTitle: true,
        position: { include: { organization: true, supersededBy: ENDED_SELECT.supersededBy } },
        organization: true,
      },
      extensions: sql((c) =>
        sqlObject("TRUE", {
          title: `coalesce(${c.related("position", "title")}, ${c("roleTitle")})`,
          organization: sqlRow(
            "Organization",
            `coalesce(${c.related("position", "organizationId")}, ${c("organizationId")})`,
          ),
          current: c.related("position", "current"),
          heldAsOfSource: c.related("position", "current"),
          knownToHaveEnded: `CASE WHEN ${c("positionId")} IS NULL THEN NULL ELSE ${endedSql(c.related("position", "current"), c.related("position", "endLatest"), c("positionId"))} END`,
          position: sqlRow("Position", c("positionId")),
        }),
      ),
      resolve: (p) => ({
        title: p.position?.title ?? p.roleTitle,
        organization: p.position?.organization ?? p.organization,
        position: p.position,
      }),
    }),
  }),
});

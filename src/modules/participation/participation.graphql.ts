import { ParticipationSide } from "../../generated/prisma/enums.js";
import { builder } from "../../schema/builder.js";
import { BasisEnum } from "../shared/shared.graphql.js";

export const ParticipationSideEnum = builder.enumType(ParticipationSide, {
  name: "ParticipationSide",
  description: "Which side of the table: the host, or the visiting guest or delegation.",
});

builder.prismaNode("Participation", {
  id: { field: "id" },
  description: "A person's attendance at a meeting, in the role they held there, for the organization and country they represented.",
  fields: (t) => ({
    meeting: t.relation("meeting", { description: "The meeting attended." }),
    person: t.relation("person", { description: "Who attended." }),
    roleTitle: t.exposeString("roleTitle", { description: 'The title the source gives them at the meeting, e.g. "Defense Minister".' }),
    position: t.relation("position", { nullable: true, description: "The position record behind the title, when known." }),
    organization: t.relation("organization", { nullable: true, description: "The organization they represented." }),
    country: t.relation("country", { nullable: true, description: "The country they represented." }),
    side: t.expose("side", { type: ParticipationSideEnum, description: "Host or guest side." }),
    basis: t.expose("basis", { type: BasisEnum, description: "STATED when the source names them at the meeting; INFERRED otherwise." }),
    citation: t.relation("citation", { description: "The excerpt that places them at the meeting." }),
  }),
});

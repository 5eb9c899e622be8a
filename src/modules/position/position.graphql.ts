import { builder } from "../../schema/builder.js";
import { BasisEnum, KnownDate, knownDate } from "../shared/shared.graphql.js";

export const PositionRef = builder.prismaNode("Position", {
  id: { field: "id" },
  description: "A role a person holds in an organization over a period; either end may be unknown.",
  fields: (t) => ({
    title: t.exposeString("title", { description: 'The role, e.g. "Defense Minister".' }),
    person: t.relation("person", { description: "Who holds or held it." }),
    organization: t.relation("organization", { description: "Where." }),
    start: t.field({ type: KnownDate, nullable: true, description: "When it began, if known.", resolve: (p) => knownDate(p.startDate, p.startPrecision) }),
    end: t.field({ type: KnownDate, nullable: true, description: "When it ended, if known.", resolve: (p) => knownDate(p.endDate, p.endPrecision) }),
    current: t.exposeBoolean("current", { description: 'False when the source says the role has ended ("then Defense Minister"), even if the end date is unknown.' }),
    basis: t.expose("basis", { type: BasisEnum, description: "Whether the source states the role or it was inferred." }),
    note: t.exposeString("note", { nullable: true, description: "How an inferred role was derived." }),
    citation: t.relation("citation", { description: "The excerpt that names the role." }),
  }),
});

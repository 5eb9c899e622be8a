import { db } from "../../db.js";
import { builder } from "../../schema/builder.js";
import { PartyRoleEnum } from "../commitment/party-role.graphql.js";
import { found, whereIdOrSlug } from "../shared/lookup.js";
import { lookupArgs } from "../shared/lookup-args.js";

export const PersonRef = builder.prismaNode("Person", {
  id: { field: "id" },
  description: "A person who took part in meetings, held positions or made commitments.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable key." }),
    name: t.exposeString("name", { description: 'The name as sources print it, often only a family name ("Kitazawa").' }),
    fullName: t.exposeString("fullName", { nullable: true, description: "The full name, only where a source prints it." }),
    country: t.relation("country", { nullable: true, description: "The country the person serves or belongs to." }),
    positions: t.relatedConnection("positions", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }] },
      description: "Roles held, most recent start first.",
    }),
    participations: t.relatedConnection("participations", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ meeting: { date: { sort: "desc", nulls: "last" } } }, { id: "asc" }] },
      description: "Meetings attended and the role held at each, most recent first.",
    }),
    commitments: t.relatedConnection("commitmentParties", {
      cursor: "id",
      totalCount: true,
      args: { role: t.arg({ type: PartyRoleEnum, required: false, description: "Only commitments made (MAKER) or received (ADDRESSEE)." }) },
      query: (args) => ({ where: args.role ? { role: args.role } : {}, orderBy: [{ commitment: { createdAt: "asc" } }, { id: "asc" }] }),
      description: "Commitments this person made or that were addressed to them.",
    }),
  }),
});

builder.queryFields((t) => ({
  people: t.prismaConnection({
    type: "Person",
    cursor: "id",
    description: "All people, by name.",
    totalCount: () => db.person.count(),
    resolve: (query) => db.person.findMany({ ...query, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  }),
  person: t.prismaField({
    type: "Person",
    description: "One person by global id or slug.",
    args: lookupArgs,
    resolve: (query, _root, args) => found("Person", args, db.person.findUnique({ ...query, where: whereIdOrSlug("Person", args) })),
  }),
}));

import { db } from "../../db.js";
import { OrganizationKind } from "../../generated/prisma/enums.js";
import { builder } from "../../schema/builder.js";
import { PartyRoleEnum } from "../commitment/party-role.graphql.js";
import { found, whereIdOrSlug } from "../shared/lookup.js";
import { lookupArgs } from "../shared/lookup-args.js";

export const OrganizationKindEnum = builder.enumType(OrganizationKind, {
  name: "OrganizationKind",
  description: "What sort of body an organization is.",
});

export const OrganizationRef = builder.prismaNode("Organization", {
  id: { field: "id" },
  description: "A government, ministry, bureau, armed force, international organization, mission or forum.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable key." }),
    name: t.exposeString("name", { description: "Full name." }),
    acronym: t.exposeString("acronym", { nullable: true, description: 'Short form, e.g. "SDF".' }),
    kind: t.expose("kind", { type: OrganizationKindEnum, description: "What sort of body it is." }),
    country: t.relation("country", { nullable: true, description: "The country it belongs to; null for international bodies." }),
    parent: t.relation("parent", { nullable: true, description: "The organization it is part of (a bureau's ministry, a mission's UN)." }),
    children: t.relatedConnection("children", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ name: "asc" }, { id: "asc" }] },
      description: "Organizations directly part of this one.",
    }),
    positions: t.relatedConnection("positions", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }] },
      description: "Roles held in this organization.",
    }),
    participations: t.relatedConnection("participations", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ meeting: { date: { sort: "desc", nulls: "last" } } }, { id: "asc" }] },
      description: "Attendances at meetings on behalf of this organization, most recent first.",
    }),
    commitments: t.relatedConnection("commitmentParties", {
      cursor: "id",
      totalCount: true,
      args: { role: t.arg({ type: PartyRoleEnum, required: false, description: "Only commitments made (MAKER) or received (ADDRESSEE)." }) },
      query: (args) => ({ where: args.role ? { role: args.role } : {}, orderBy: [{ commitment: { createdAt: "asc" } }, { id: "asc" }] }),
      description: "Commitments this organization made or that were addressed to it.",
    }),
  }),
});

builder.queryFields((t) => ({
  organizations: t.prismaConnection({
    type: "Organization",
    cursor: "id",
    description: "All organizations, by name.",
    totalCount: () => db.organization.count(),
    resolve: (query) => db.organization.findMany({ ...query, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  }),
  organization: t.prismaField({
    type: "Organization",
    description: "One organization by global id or slug.",
    args: lookupArgs,
    resolve: (query, _root, args) => found("Organization", args, db.organization.findUnique({ ...query, where: whereIdOrSlug("Organization", args) })),
  }),
}));

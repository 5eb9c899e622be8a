import { sqlRoot } from "../../compiled-reads/declare.js";
import { OrganizationKind } from "../../generated/prisma/enums.js";
import { db } from "../../infra/db.js";
import { builder } from "../../schema/builder.js";
import { InputReferences } from "../../schema/input-references.js";
import { lookup, whereIdOrSlug } from "../../schema/lookup.js";
import { findRecord, refersTo } from "../../schema/references.js";
import type { Context } from "../../server/context.js";
import { positionsQuery } from "../position/position.filter.js";
import { positionsArgs } from "../position/position.graphql.js";
import { enumFilter, StringFilter } from "../shared/filters.graphql.js";
import { lookupArgs } from "../shared/lookup-args.js";
import { mergeOrganizations } from "../shared/merge.service.js";
import {
  DeletedRef,
  DeleteInput,
  deletedRecord,
  editorMutation,
  idempotencyKeyArg,
  MergeInputRef,
  writtenRow,
} from "../shared/mutation.graphql.js";
import { rootListOptions } from "../shared/root-list.js";
import {
  ORGANIZATION_ORDERS,
  type OrganizationFilterInput,
  type OrganizationOrder,
  organizationFilterWhere,
} from "./organization.filter.js";
import { createOrganization, deleteOrganization, updateOrganization } from "./organization.service.js";

export const OrganizationKindEnum = builder.enumType(OrganizationKind, {
  name: "OrganizationKind",
  description: "What sort of body an organization is.",
});

export const OrganizationRef = builder.prismaNode("Organization", {
  select: { id: true },
  id: { field: "id" },
  description: "A government, ministry, bureau, armed force, international organization, mission or forum.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable key." }),
    name: t.exposeString("name", { description: "Full name." }),
    acronym: t.exposeString("acronym", { nullable: true, description: 'Short form, e.g. "SDF".' }),
    kind: t.expose("kind", { type: OrganizationKindEnum, description: "What sort of body it is." }),
    country: t.relation("country", {
      nullable: true,
      description: "The country it belongs to; null for international bodies.",
    }),
    parent: t.relation("parent", {
      nullable: true,
      description: "The organization it is part of (a bureau's ministry, a mission's UN).",
    }),
    children: t.relatedConnection("children", {
      cursor: "id",
      totalCount: true,
      args: { filter: t.arg({ type: OrganizationFilter, required: false, description: "Which sub-organizations." }) },
      query: (args, ctx) => ({
        where: organizationFilterWhere(args.filter, findRecord(ctx)),
        orderBy: [{ name: "asc" }, { id: "asc" }],
      }),
      description: "Organizations directly part of this one.",
    }),
    positions: t.relatedConnection("positions", {
      cursor: "id",
      totalCount: true,
      args: positionsArgs,
      query: positionsQuery,
      description: "Roles held in this organization.",
    }),
    // participations and commitments, which take includeSubOrganizations, are in organization-parts.graphql.ts.
  }),
});

export const OrganizationFilter = builder.inputRef<OrganizationFilterInput>("OrganizationFilter").implement({
  description: "Narrows organizations. Given fields must all match; combine filters with `and`, `or` and `not`.",
  fields: (t) => ({
    and: t.field({ type: [OrganizationFilter], required: false, description: "Every one of these filters matches." }),
    or: t.field({ type: [OrganizationFilter], required: false, description: "At least one of these filters matches." }),
    not: t.field({ type: OrganizationFilter, required: false, description: "This filter does not match." }),
    name: t.field({ type: StringFilter, required: false, description: "The name or acronym." }),
    kind: t.field({
      type: enumFilter("OrganizationKindFilter", OrganizationKindEnum, "an organization kind"),
      required: false,
      description: "What sort of body.",
    }),
    country: t.string({
      required: false,
      description: 'Its country, by ISO code ("JP") or global id.',
      ...refersTo("Country"),
    }),
    within: t.id({
      required: false,
      description:
        "An organization it is under, at any depth (the organization itself excluded), by global id or slug.",
      ...refersTo("Organization"),
    }),
    parent: t.id({
      required: false,
      description: "Its direct parent, by global id or slug.",
      ...refersTo("Organization"),
    }),
  }),
});

export const OrganizationOrderEnum = builder.enumType("OrganizationOrder", {
  description: "Orders for organization lists; ties are broken by id, so cursors stay stable.",
  values: {
    NAME_ASC: { description: "By name, A to Z." },
    CREATED_DESC: { description: "Most recently recorded first." },
  } satisfies Record<OrganizationOrder, { description: string }>,
});

/** The Prisma arguments an organizations page reads with; the compiled read path translates the same ones. */
const organizationsQuery = (
  args: { filter?: OrganizationFilterInput | null; orderBy?: OrganizationOrder | null },
  ctx: Context,
) => ({
  where: organizationFilterWhere(args.filter, findRecord(ctx)),
  orderBy: ORGANIZATION_ORDERS[args.orderBy ?? "NAME_ASC"],
});

builder.queryFields((t) => ({
  organizations: t.prismaConnection({
    type: "Organization",
    description: "Organizations, filtered and ordered; by default by name.",
    args: {
      filter: t.arg({ type: OrganizationFilter, required: false, description: "Which organizations." }),
      orderBy: t.arg({
        type: OrganizationOrderEnum,
        required: false,
        defaultValue: "NAME_ASC",
        description: "Their order.",
      }),
    },
    ...rootListOptions("Organization", "organizations", db.organization, organizationsQuery),
  }),
  organization: t.prismaField({
    type: "Organization",
    description: "One organization by global id or slug.",
    args: lookupArgs,
    extensions: sqlRoot({
      kind: "unique",
      model: "Organization",
      where: (args) => whereIdOrSlug("Organization", args),
    }),
    resolve: (query, _root, args) =>
      lookup("Organization", args, (where) => db.organization.findUnique({ ...query, where })),
  }),
}));

const CreateOrganizationInput = builder.inputType("CreateOrganizationInput", {
  description: "A new organization.",
  fields: (t) => ({
    slug: t.string({ description: "Stable key: lower-case words joined by hyphens." }),
    name: t.string({ description: "Full name." }),
    acronym: t.string({ required: false, description: "Short form." }),
    kind: t.field({ type: OrganizationKindEnum, description: "What sort of body." }),
    country: t.string({
      required: false,
      description: 'Its country, by ISO code ("JP") or global id.',
      ...refersTo("Country"),
    }),
    parent: t.id({
      required: false,
      description: "The organization it is part of, by global id or slug.",
      ...refersTo("Organization"),
    }),
  }),
});

const UpdateOrganizationInput = builder.inputType("UpdateOrganizationInput", {
  description: "Changes to an organization; omitted fields stay as they are, null clears an optional one.",
  fields: (t) => ({
    id: t.id({ description: "The organization, by global id or slug.", ...refersTo("Organization") }),
    expectedVersion: t.int({ description: "The `version` you read; a newer stored version is a ConflictError." }),
    name: t.string({ required: false, description: "New name." }),
    acronym: t.string({ required: false, description: "New acronym." }),
    kind: t.field({ type: OrganizationKindEnum, required: false, description: "New kind." }),
    country: t.string({
      required: false,
      description: "New country, by ISO code or global id; null clears it.",
      ...refersTo("Country"),
    }),
    parent: t.id({
      required: false,
      description: "New parent, by global id or slug; moves the organization with everything under it.",
      ...refersTo("Organization"),
    }),
  }),
});

builder.prismaObjectField("Organization", "version", (t) =>
  t.exposeInt("version", { description: "Increases with every change; send it back as `expectedVersion`." }),
);

builder.mutationFields((t) => ({
  createOrganization: t.prismaField({
    type: "Organization",
    description: "Records an organization.",
    ...editorMutation,
    args: { input: t.arg({ type: CreateOrganizationInput, description: "The organization." }), ...idempotencyKeyArg },
    resolve: (query, _root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = {
        ...input,
        country: refs.optionalId(input.country, "Country", ["input", "country"]),
        parent: refs.optionalId(input.parent, "Organization", ["input", "parent"]),
      };
      return refs.run(decoded, (data) =>
        createOrganization(
          ctx,
          data,
          writtenRow((tx) => tx.organization, query, args),
        ),
      );
    },
  }),
  updateOrganization: t.prismaField({
    type: "Organization",
    description: "Corrects or moves an organization.",
    ...editorMutation,
    args: { input: t.arg({ type: UpdateOrganizationInput, description: "The changes." }), ...idempotencyKeyArg },
    resolve: (query, _root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = {
        ...input,
        id: refs.target(input.id, "Organization", ["input", "id"]),
        country: refs.optionalId(input.country, "Country", ["input", "country"]),
        parent: refs.optionalId(input.parent, "Organization", ["input", "parent"]),
      };
      return refs.run(decoded, (data) =>
        updateOrganization(
          ctx,
          data,
          writtenRow((tx) => tx.organization, query, args),
        ),
      );
    },
  }),
  deleteOrganization: t.field({
    type: DeletedRef,
    description: "Deletes an organization nothing depends on (otherwise a ConflictError).",
    ...editorMutation,
    args: { input: t.arg({ type: DeleteInput, description: "Which organization." }), ...idempotencyKeyArg },
    resolve: (_root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = { id: refs.target(input.id, "Organization", ["input", "id"]) };
      return refs.run(decoded, (data) => deleteOrganization(ctx, data, deletedRecord("Organization", args)));
    },
  }),
  mergeOrganizations: t.prismaField({
    type: "Organization",
    description: "Merges a duplicate organization into another; returns the survivor.",
    ...editorMutation,
    args: { input: t.arg({ type: MergeInputRef, description: "Survivor and duplicate." }), ...idempotencyKeyArg },
    resolve: (query, _root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      return refs.run(refs.merge(input, "Organization"), (data) =>
        mergeOrganizations(
          ctx,
          data,
          writtenRow((tx) => tx.organization, query, args),
        ),
      );
    },
  }),
}));

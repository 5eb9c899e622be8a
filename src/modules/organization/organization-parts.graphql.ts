// An organization's participations and commitments, with those of its parts (bureaus, branches,
// missions) unless includeSubOrganizations is false, as the filters match them. They page over
// the organization_participation and organization_commitment_party views, which pair each row
// with its organization and every one above it, so a list of organizations still loads them
// in one joined statement.
import { prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { db } from "../../infra/db.js";
import { builder } from "../../schema/builder.js";
import { CommitmentPartyRef } from "../commitment/commitment-party.graphql.js";
import { PartyRoleEnum } from "../commitment/party-role.graphql.js";
import { ParticipationRef } from "../participation/participation.graphql.js";

const includeSubOrganizations = builder.args((t) => ({
  includeSubOrganizations: t.boolean({
    required: false,
    defaultValue: true,
    description: "Also those of the bodies under it, at any depth (default true, as in the filters).",
  }),
}));

/** Only the organization's own rows when sub-organizations are left out. */
const ownOnly = (args: { includeSubOrganizations?: boolean | null }) =>
  args.includeSubOrganizations === false ? { direct: true } : {};

const participations = prismaConnectionHelpers(builder, "OrganizationParticipation", {
  cursor: "organizationId_participationId",
  select: (nodeSelection) => ({ participation: nodeSelection({ select: { id: true } }) }),
  resolveNode: (row) => row.participation,
});

const commitmentParties = prismaConnectionHelpers(builder, "OrganizationCommitmentParty", {
  cursor: "organizationId_commitmentPartyId",
  select: (nodeSelection) => ({ commitmentParty: nodeSelection({ select: { id: true } }) }),
  resolveNode: (row) => row.commitmentParty,
});

interface Counted {
  where: { organizationId: string; direct?: boolean; commitmentParty?: { role: "MAKER" | "ADDRESSEE" } };
}

builder.prismaObjectFields("Organization", (t) => ({
  participations: t.connection(
    {
      type: ParticipationRef,
      description:
        "Attendances at meetings on behalf of this organization and, unless told otherwise, the bodies under it; most recent first.",
      args: includeSubOrganizations,
      select: (args, ctx, nestedSelection) => ({
        id: true,
        subtreeParticipations: {
          ...participations.getQuery(args, ctx, nestedSelection),
          where: ownOnly(args),
          orderBy: [
            { participation: { meeting: { date: { sort: "desc", nulls: "last" } } } },
            { participationId: "asc" },
          ],
        },
      }),
      resolve: (organization, args, ctx) => ({
        ...participations.resolve(organization.subtreeParticipations, args, ctx),
        where: { organizationId: organization.id, ...ownOnly(args) },
      }),
    },
    {
      description: "A page of attendances.",
      fields: (connection) => ({
        totalCount: connection.int({
          description: "How many in all, counted only when asked for.",
          resolve: (page: Counted) => db.organizationParticipation.count({ where: page.where }),
        }),
      }),
    },
  ),
  commitments: t.connection(
    {
      type: CommitmentPartyRef,
      description:
        "Commitments this organization, or unless told otherwise a body under it, made or received; oldest recorded first.",
      args: {
        ...includeSubOrganizations,
        role: t.arg({
          type: PartyRoleEnum,
          required: false,
          description: "Only commitments made (MAKER) or received (ADDRESSEE).",
        }),
      },
      select: (args, ctx, nestedSelection) => ({
        id: true,
        subtreeCommitmentParties: {
          ...commitmentParties.getQuery(args, ctx, nestedSelection),
          where: { ...ownOnly(args), ...(args.role && { commitmentParty: { role: args.role } }) },
          orderBy: [{ commitmentParty: { commitment: { createdAt: "asc" } } }, { commitmentPartyId: "asc" }],
        },
      }),
      resolve: (organization, args, ctx) => ({
        ...commitmentParties.resolve(organization.subtreeCommitmentParties, args, ctx),
        where: {
          organizationId: organization.id,
          ...ownOnly(args),
          ...(args.role && { commitmentParty: { role: args.role } }),
        },
      }),
    },
    {
      description: "A page of commitment parties.",
      fields: (connection) => ({
        totalCount: connection.int({
          description: "How many in all, counted only when asked for.",
          resolve: (page: Counted) => db.organizationCommitmentParty.count({ where: page.where }),
        }),
      }),
    },
  ),
}));

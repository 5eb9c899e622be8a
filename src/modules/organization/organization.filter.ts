// OrganizationFilter and OrganizationOrder as Prisma arguments.
import type { OrganizationKind, Prisma } from "../../generated/prisma/client.js";
import {
  type Combinable,
  combine,
  type EnumFilterInput,
  enumWhere,
  type FindRecord,
  type StringFilterInput,
  stringWhere,
} from "../shared/filters.js";

export interface OrganizationFilterInput extends Combinable<OrganizationFilterInput> {
  name?: StringFilterInput | null;
  kind?: EnumFilterInput<OrganizationKind> | null;
  country?: string | null;
  within?: string | null;
  parent?: string | null;
}

export function organizationFilterWhere(
  filter: OrganizationFilterInput | null | undefined,
  find: FindRecord,
): Prisma.OrganizationWhereInput | undefined {
  return combine<OrganizationFilterInput, Prisma.OrganizationWhereInput>(filter, (f) => [
    f.name ? { OR: [{ name: stringWhere(f.name) }, { acronym: { ...stringWhere(f.name), not: null } }] } : undefined,
    f.kind ? { kind: enumWhere(f.kind) } : undefined,
    f.country ? { countryId: { equals: find(f.country, ["Country"], "country").id, not: null } } : undefined,
    f.within ? { ancestorIds: { has: find(f.within, ["Organization"], "within").id } } : undefined,
    f.parent ? { parentId: { equals: find(f.parent, ["Organization"], "parent").id, not: null } } : undefined,
  ]);
}

export const ORGANIZATION_ORDERS = {
  NAME_ASC: [{ name: "asc" }, { id: "asc" }],
  CREATED_DESC: [{ createdAt: "desc" }, { id: "asc" }],
} satisfies Record<string, Prisma.OrganizationOrderByWithRelationInput[]>;

export type OrganizationOrder = keyof typeof ORGANIZATION_ORDERS;

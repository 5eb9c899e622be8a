// PersonFilter and PersonOrder as Prisma arguments.
import type { Prisma } from "../../generated/prisma/client.js";
import { type PositionMatchInput, positionMatchWhere } from "../position/position.filter.js";
import {
  type Combinable,
  combine,
  type FindRecord,
  type OrganizationMatchInput,
  organizationWhere,
  type StringFilterInput,
  stringWhere,
} from "../shared/filters.js";

export interface PersonFilterInput extends Combinable<PersonFilterInput> {
  name?: StringFilterInput | null;
  organization?: OrganizationMatchInput | null;
  role?: StringFilterInput | null;
  holds?: PositionMatchInput | null;
  country?: string | null;
}

export function personWhere(
  filter: PersonFilterInput | null | undefined,
  find: FindRecord,
): Prisma.PersonWhereInput | undefined {
  return combine<PersonFilterInput, Prisma.PersonWhereInput>(filter, (f) => [
    f.name ? { OR: [{ name: stringWhere(f.name) }, { fullName: { ...stringWhere(f.name), not: null } }] } : undefined,
    f.organization ? organizationMembershipWhere(organizationWhere(f.organization, find, "organization")) : undefined,
    f.role ? { positions: { some: { title: stringWhere(f.role) } } } : undefined,
    f.holds ? { positions: { some: positionMatchWhere(f.holds, find, "holds") } } : undefined,
    f.country ? { countryId: { equals: find(f.country, ["Country"], "country").id, not: null } } : undefined,
  ]);
}

/** Held a position in, or attended a meeting for, the organization. */
function organizationMembershipWhere(organization: Prisma.OrganizationWhereInput): Prisma.PersonWhereInput {
  return { OR: [{ positions: { some: { organization } } }, { participations: { some: { organization } } }] };
}

export const PERSON_ORDERS = {
  NAME_ASC: [{ name: "asc" }, { id: "asc" }],
  CREATED_DESC: [{ createdAt: "desc" }, { id: "asc" }],
} satisfies Record<string, Prisma.PersonOrderByWithRelationInput[]>;

export type PersonOrder = keyof typeof PERSON_ORDERS;

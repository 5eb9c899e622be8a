// MeetingFilter and MeetingOrder as Prisma arguments.
import type { Basis, MeetingKind, MeetingStatus, Prisma } from "../../generated/prisma/client.js";
import {
  type Combinable,
  combine,
  type DateRangeInput,
  dateRangeWhere,
  decodeIdOf,
  type EnumFilterInput,
  enumWhere,
  type OrganizationMatchInput,
  organizationWhere,
  participationByPartyWhere,
  type StringFilterInput,
  stringWhere,
} from "../shared/filters.js";

export interface MeetingFilterInput extends Combinable<MeetingFilterInput> {
  title?: StringFilterInput | null;
  date?: DateRangeInput | null;
  kind?: EnumFilterInput<MeetingKind> | null;
  status?: EnumFilterInput<MeetingStatus> | null;
  basis?: Basis | null;
  country?: string | null;
  placeCountry?: string | null;
  participant?: string | null;
  organization?: OrganizationMatchInput | null;
  party?: string | null;
  topic?: string | null;
  series?: string | null;
}

export function meetingWhere(filter: MeetingFilterInput | null | undefined): Prisma.MeetingWhereInput | undefined {
  return combine<MeetingFilterInput, Prisma.MeetingWhereInput>(filter, (f) => [
    f.title ? { title: stringWhere(f.title) } : undefined,
    f.date ? (dateRangeWhere(f.date, "date", "dateEnd") as Prisma.MeetingWhereInput) : undefined,
    f.kind ? { kind: enumWhere(f.kind) } : undefined,
    f.status ? { status: enumWhere(f.status) } : undefined,
    f.basis ? { basis: f.basis } : undefined,
    f.country ? { participations: { some: participationByCountryCode(f.country) } } : undefined,
    f.placeCountry ? { placeCountryId: { not: null }, placeCountry: { slug: f.placeCountry.toLowerCase() } } : undefined,
    f.participant ? { participations: { some: { personId: decodeIdOf(f.participant, ["Person"], "participant").id } } } : undefined,
    f.organization ? { participations: { some: { organization: organizationWhere(f.organization, "organization") } } } : undefined,
    f.party ? { participations: { some: participationByPartyWhere(f.party, "party") } } : undefined,
    f.topic ? { commitments: { some: { topic: { slug: f.topic } } } } : undefined,
    f.series ? { series: { equals: f.series, not: null } } : undefined,
  ]);
}

function participationByCountryCode(code: string): Prisma.ParticipationWhereInput {
  const country = { slug: code.toLowerCase() };
  return { OR: [{ country }, { organization: { country } }, { person: { country } }] };
}

export const MEETING_ORDERS = {
  DATE_DESC: [{ date: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  DATE_ASC: [{ date: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  TITLE_ASC: [{ title: "asc" }, { id: "asc" }],
  CREATED_DESC: [{ createdAt: "desc" }, { id: "asc" }],
} satisfies Record<string, Prisma.MeetingOrderByWithRelationInput[]>;

export type MeetingOrder = keyof typeof MEETING_ORDERS;

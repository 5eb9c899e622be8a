// MeetingFilter and MeetingOrder as Prisma arguments.
import type { Basis, MeetingKind, MeetingStatus, Prisma } from "../../generated/prisma/client.js";
import {
  type Combinable,
  combine,
  type DateRangeInput,
  dateRangeWhere,
  type EnumFilterInput,
  enumWhere,
  type FindRecord,
  type OrganizationMatchInput,
  organizationWhere,
  PARTY_TYPES,
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

export function meetingWhere(
  filter: MeetingFilterInput | null | undefined,
  find: FindRecord,
): Prisma.MeetingWhereInput | undefined {
  return combine<MeetingFilterInput, Prisma.MeetingWhereInput>(filter, (f) => [
    f.title ? { title: stringWhere(f.title) } : undefined,
    f.date ? (dateRangeWhere(f.date, "date", "dateEnd") as Prisma.MeetingWhereInput) : undefined,
    f.kind ? { kind: enumWhere(f.kind) } : undefined,
    f.status ? { status: enumWhere(f.status) } : undefined,
    f.basis ? { basis: f.basis } : undefined,
    f.country
      ? { participations: { some: participationByPartyWhere(find(f.country, ["Country"], "country")) } }
      : undefined,
    f.placeCountry
      ? { placeCountryId: { equals: find(f.placeCountry, ["Country"], "placeCountry").id, not: null } }
      : undefined,
    f.participant
      ? { participations: { some: { personId: find(f.participant, ["Person"], "participant").id } } }
      : undefined,
    f.organization
      ? { participations: { some: { organization: organizationWhere(f.organization, find, "organization") } } }
      : undefined,
    f.party ? { participations: { some: participationByPartyWhere(find(f.party, PARTY_TYPES, "party")) } } : undefined,
    f.topic
      ? { commitments: { some: { topicId: { equals: find(f.topic, ["Topic"], "topic").id, not: null } } } }
      : undefined,
    f.series ? { series: { equals: f.series, not: null } } : undefined,
  ]);
}

export const MEETING_ORDERS = {
  DATE_DESC: [{ date: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  DATE_ASC: [{ date: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  TITLE_ASC: [{ title: "asc" }, { id: "asc" }],
  CREATED_DESC: [{ createdAt: "desc" }, { id: "asc" }],
} satisfies Record<string, Prisma.MeetingOrderByWithRelationInput[]>;

export type MeetingOrder = keyof typeof MEETING_ORDERS;

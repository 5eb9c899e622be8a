// The meeting filter input and order, shared by every list of meetings (root, nested, live).
import { builder } from "../../schema/builder.js";
import { refersTo } from "../../schema/references.js";
import { enumFilter, OrganizationMatch, PartialDateRange, StringFilter } from "../shared/filters.graphql.js";
import { PARTY_TYPES } from "../shared/filters.js";
import { BasisEnum } from "../shared/shared.graphql.js";
import type { MeetingFilterInput, MeetingOrder } from "./meeting.filter.js";
import { MeetingKindEnum, MeetingStatusEnum } from "./meeting.graphql.js";

export const MeetingFilter = builder.inputRef<MeetingFilterInput>("MeetingFilter").implement({
  description: "Narrows meetings. Given fields must all match; combine filters with `and`, `or` and `not`.",
  fields: (t) => ({
    and: t.field({ type: [MeetingFilter], required: false, description: "Every one of these filters matches." }),
    or: t.field({ type: [MeetingFilter], required: false, description: "At least one of these filters matches." }),
    not: t.field({ type: MeetingFilter, required: false, description: "This filter does not match." }),
    title: t.field({ type: StringFilter, required: false, description: "The title." }),
    date: t.field({
      type: PartialDateRange,
      required: false,
      description:
        "When it took place; matches when its known period overlaps the range. Undated meetings never match.",
    }),
    kind: t.field({
      type: enumFilter("MeetingKindFilter", MeetingKindEnum, "a meeting kind"),
      required: false,
      description: "The format.",
    }),
    status: t.field({
      type: enumFilter("MeetingStatusFilter", MeetingStatusEnum, "a meeting status"),
      required: false,
      description: "Held, planned...",
    }),
    basis: t.field({
      type: BasisEnum,
      required: false,
      description: "Only meetings the source reports (STATED) or only inferred ones.",
    }),
    country: t.string({
      required: false,
      description:
        'A country represented by a participant, directly or through their organization or nationality, by ISO code ("JP") or global id.',
      ...refersTo("Country"),
    }),
    placeCountry: t.string({
      required: false,
      description: "The country it was held in, by ISO code or global id.",
      ...refersTo("Country"),
    }),
    participant: t.id({
      required: false,
      description: "A person who attended, by global id or slug.",
      ...refersTo("Person"),
    }),
    organization: t.field({
      type: OrganizationMatch,
      required: false,
      description: "An organization represented at it (by default with its sub-organizations).",
    }),
    party: t.id({
      required: false,
      description:
        'A person, organization (with sub-organizations) or country that took part, by global id, slug or ISO code ("united-nations", "JP").',
      ...refersTo(...PARTY_TYPES),
    }),
    topic: t.string({
      required: false,
      description: "A topic one of its commitments is about, by slug.",
      ...refersTo("Topic"),
    }),
    series: t.string({ required: false, description: "The recurring series it belongs to, exactly." }),
  }),
});

export const MeetingOrderEnum = builder.enumType("MeetingOrder", {
  description: "Orders for meeting lists; ties are broken by id, so cursors stay stable.",
  values: {
    DATE_DESC: { description: "Most recent first; undated meetings last." },
    DATE_ASC: { description: "Oldest first; undated meetings last." },
    TITLE_ASC: { description: "By title, A to Z." },
    CREATED_DESC: { description: "Most recently recorded first." },
  } satisfies Record<MeetingOrder, { description: string }>,
});

// The commitment filter input and order, shared by every list of commitments (root, nested, live, stats).
import { builder } from "../../schema/builder.js";
import { refersTo } from "../../schema/references.js";
import { enumFilter, StringFilter } from "../shared/filters.graphql.js";
import { PARTY_TYPES } from "../shared/filters.js";
import { BasisEnum } from "../shared/shared.graphql.js";
import type { CommitmentFilterInput, CommitmentOrder, DueFilterInput } from "./commitment.filter.js";
import { CommitmentKindEnum, CommitmentStatusEnum } from "./commitment.graphql.js";
import { CommitmentBetween } from "./commitment-between.graphql.js";

const CommitmentDueFilter = builder.inputRef<DueFilterInput>("CommitmentDueFilter").implement({
  description:
    'Matches commitments by deadline. Given fields must all match: for "due by 2012 or as soon as possible" combine two `due` filters with `or`.',
  fields: (t) => ({
    from: t.field({
      type: "PartialDate",
      required: false,
      description:
        "Due on or after the first day of this date's period (a dated deadline whose period overlaps the range).",
    }),
    to: t.field({
      type: "PartialDate",
      required: false,
      description: "Due on or before the last day of this date's period. Deadlines without a date never match a range.",
    }),
    exists: t.boolean({
      required: false,
      description: "True: any deadline (a date, words, or as soon as possible); false: none.",
    }),
    asSoonAsPossible: t.boolean({
      required: false,
      description: 'True: wanted "as soon as possible" or in like words; false: not.',
    }),
  }),
});

export const CommitmentFilter = builder.inputRef<CommitmentFilterInput>("CommitmentFilter").implement({
  description: "Narrows commitments. Given fields must all match; combine filters with `and`, `or` and `not`.",
  fields: (t) => ({
    and: t.field({ type: [CommitmentFilter], required: false, description: "Every one of these filters matches." }),
    or: t.field({ type: [CommitmentFilter], required: false, description: "At least one of these filters matches." }),
    not: t.field({ type: CommitmentFilter, required: false, description: "This filter does not match." }),
    statement: t.field({ type: StringFilter, required: false, description: "The plain-words statement." }),
    kind: t.field({
      type: enumFilter("CommitmentKindFilter", CommitmentKindEnum, "a commitment kind"),
      required: false,
      description: "Request, pledge, agreement...",
    }),
    status: t.field({
      type: enumFilter("CommitmentStatusFilter", CommitmentStatusEnum, "a commitment status"),
      required: false,
      description: "Open, fulfilled, declined...",
    }),
    basis: t.field({ type: BasisEnum, required: false, description: "Only stated or only inferred commitments." }),
    maker: t.id({
      required: false,
      description:
        'A person, organization or country among the makers, by global id, slug or ISO code ("JP"). An organization also matches its sub-organizations; a country also matches its people and organizations.',
      ...refersTo(...PARTY_TYPES),
    }),
    addressee: t.id({
      required: false,
      description:
        "A person, organization or country it was made to (global id, slug or ISO code), matched like `maker`.",
      ...refersTo(...PARTY_TYPES),
    }),
    meeting: t.id({
      required: false,
      description: "The meeting where it was made, by global id or slug.",
      ...refersTo("Meeting"),
    }),
    due: t.field({
      type: CommitmentDueFilter,
      required: false,
      description: "By deadline: due within a range, with any deadline, or as soon as possible.",
    }),
    topic: t.string({ required: false, description: "Its topic, by slug.", ...refersTo("Topic") }),
    hasResponse: t.boolean({ required: false, description: "True: answered at least once; false: never answered." }),
    isResponse: t.boolean({ required: false, description: "True: it answers another commitment; false: it does not." }),
    between: t.field({
      type: CommitmentBetween,
      required: false,
      description:
        "Commitments between two parties: made by one and addressed to the other, or made jointly by both. Ask `direction(a:, b:)` on each for which way it runs.",
    }),
  }),
});

export const CommitmentOrderEnum = builder.enumType("CommitmentOrder", {
  description: "Orders for commitment lists; ties are broken by id, so cursors stay stable.",
  values: {
    CREATED_DESC: { description: "Most recently recorded first." },
    CREATED_ASC: { description: "Oldest record first." },
    DUE_ASC: {
      description:
        "Most urgent first: as-soon-as-possible commitments (whatever their age), then dated deadlines, earliest first, then those without a dated deadline.",
    },
  } satisfies Record<CommitmentOrder, { description: string }>,
});

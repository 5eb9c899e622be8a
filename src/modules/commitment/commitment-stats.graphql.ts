// commitmentStats: how many commitments match a filter, grouped. Overlapping groups (a joint
// commitment counts once for each maker's country) are said so in the descriptions and counted.
import { db } from "../../infra/db.js";
import { builder } from "../../schema/builder.js";
import { findRecord } from "../../schema/references.js";
import { commitmentWhere } from "./commitment.filter.js";
import { CommitmentKindEnum, CommitmentStatusEnum } from "./commitment.graphql.js";
import { CommitmentFilter } from "./commitment-filter.graphql.js";
import { commitmentStats, type StatDimension, type StatGroup } from "./commitment-stats.service.js";

const StatDimensionEnum = builder.enumType("CommitmentStatDimension", {
  description: "What to group commitment counts by.",
  values: {
    KIND: { description: "Request, pledge, agreement..." },
    STATUS: { description: "Open, fulfilled..." },
    MAKER_COUNTRY: {
      description:
        "The country of each maker (the country itself, or a person's or organization's); makers with no country (international organizations and their officials) are grouped by that organization instead. A commitment made jointly by makers from two countries is counted in both groups.",
    },
    ADDRESSEE_COUNTRY: {
      description: "The country of each addressee, or its international organization, counted like MAKER_COUNTRY.",
    },
    MONTH: { description: "The month of the meeting where it was made, when known to the month." },
    TOPIC: { description: "Its topic." },
  } satisfies Record<StatDimension, { description: string }>,
});

/** Loads a group's country or topic with the GraphQL selection, or gives null when the group has none. */
function loadGrouped<Q extends object, T>(query: Q, id: string | null, load: (selection: Q, id: string) => Promise<T>) {
  const selection = { ...query }; // read either way: Pothos' unused-query guard must not fire for a null group
  return id === null ? null : load(selection, id);
}

const CommitmentGroup = builder.objectRef<StatGroup>("CommitmentGroup").implement({
  description:
    "One group of commitments and how many there are. Fields not grouped by are null. Groups by maker or addressee can overlap: see `sharedCount`.",
  fields: (t) => ({
    kind: t.field({
      type: CommitmentKindEnum,
      nullable: true,
      description: "The kind, when grouped by KIND.",
      resolve: (g) => g.kind,
    }),
    status: t.field({
      type: CommitmentStatusEnum,
      nullable: true,
      description: "The status, when grouped by STATUS.",
      resolve: (g) => g.status,
    }),
    makerCountry: t.prismaField({
      type: "Country",
      nullable: true,
      description:
        "The makers' country, when grouped by MAKER_COUNTRY; null for makers grouped by `makerOrganization` or of unknown country.",
      resolve: (query, g) =>
        loadGrouped(query, g.makerCountryId, (selection, id) => db.country.findUnique({ ...selection, where: { id } })),
    }),
    makerOrganization: t.prismaField({
      type: "Organization",
      nullable: true,
      description:
        "When grouped by MAKER_COUNTRY, for makers with no country: the international organization they are or stand for (the United Nations for its Secretary-General and its bodies).",
      resolve: (query, g) =>
        loadGrouped(query, g.makerOrganizationId, (selection, id) =>
          db.organization.findUnique({ ...selection, where: { id } }),
        ),
    }),
    addresseeCountry: t.prismaField({
      type: "Country",
      nullable: true,
      description:
        "The addressees' country, when grouped by ADDRESSEE_COUNTRY; null for addressees grouped by `addresseeOrganization`.",
      resolve: (query, g) =>
        loadGrouped(query, g.addresseeCountryId, (selection, id) =>
          db.country.findUnique({ ...selection, where: { id } }),
        ),
    }),
    addresseeOrganization: t.prismaField({
      type: "Organization",
      nullable: true,
      description:
        "When grouped by ADDRESSEE_COUNTRY, for addressees with no country: their international organization.",
      resolve: (query, g) =>
        loadGrouped(query, g.addresseeOrganizationId, (selection, id) =>
          db.organization.findUnique({ ...selection, where: { id } }),
        ),
    }),
    month: t.field({
      type: "PartialDate",
      nullable: true,
      description: 'The month, e.g. "2011-08", when grouped by MONTH.',
      resolve: (g) => g.month,
    }),
    topic: t.prismaField({
      type: "Topic",
      nullable: true,
      description: "The topic, when grouped by TOPIC.",
      resolve: (query, g) =>
        loadGrouped(query, g.topicId, (selection, id) => db.topic.findUnique({ ...selection, where: { id } })),
    }),
    count: t.int({ description: "How many distinct commitments are in the group.", resolve: (g) => g.count }),
    sharedCount: t.int({
      description:
        "Of `count`, how many are counted in another group too: a joint commitment of Japan and China is in both countries' groups. `count - sharedCount` are this group's alone; always 0 unless grouped by MAKER_COUNTRY or ADDRESSEE_COUNTRY.",
      resolve: (g) => g.sharedCount,
    }),
  }),
});

const CommitmentStats = builder.objectRef<{ total: number; groups: StatGroup[] }>("CommitmentStats").implement({
  description: "Commitment counts over a filter.",
  fields: (t) => ({
    total: t.int({ description: "How many distinct commitments match the filter.", resolve: (s) => s.total }),
    groups: t.field({
      type: [CommitmentGroup],
      description:
        "Counts per group, largest first. A commitment with makers (or addressees) from two countries counts in both groups, so grouped by MAKER_COUNTRY or ADDRESSEE_COUNTRY the counts can add up to more than `total`; each group's `sharedCount` says by how much.",
      resolve: (s) => s.groups,
    }),
  }),
});

builder.queryField("commitmentStats", (t) =>
  t.field({
    type: CommitmentStats,
    description:
      "How many commitments match a filter, grouped by any of kind, status, maker or addressee country, month and topic.",
    args: {
      filter: t.arg({ type: CommitmentFilter, required: false, description: "The same filter as `commitments`." }),
      groupBy: t.arg({
        type: [StatDimensionEnum],
        required: false,
        defaultValue: [],
        description: "What to group by; none gives a single total.",
      }),
    },
    resolve: (_root, args, ctx) =>
      commitmentStats({ where: commitmentWhere(args.filter, findRecord(ctx)), groupBy: args.groupBy ?? [] }),
  }),
);

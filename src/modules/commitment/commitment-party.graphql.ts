// Who makes or receives a commitment: the Party union and the CommitmentParty link row.
import { brandWithType } from "@pothos/core";
import { sqlOneOf } from "../../compiled-reads/declare.js";
import type { Country, Organization, Person, Prisma } from "../../generated/prisma/client.js";
import { builder } from "../../schema/builder.js";
import { CountryRef } from "../country/country.graphql.js";
import { OrganizationRef } from "../organization/organization.graphql.js";
import { PersonRef } from "../person/person.graphql.js";
import { PartyRoleEnum } from "./party-role.graphql.js";

export const Party = builder.unionType("Party", {
  description: "Who can make or receive a commitment: a person, an organization or a country.",
  types: [PersonRef, OrganizationRef, CountryRef],
});

interface PartyRow {
  person: Person | null;
  organization: Organization | null;
  country: Country | null;
}

/** The one party set on a commitment_party row, branded so the union knows its type. */
export function partyOf(row: PartyRow): typeof Party.$inferType {
  const [type, value] = row.person
    ? [PersonRef, row.person]
    : row.organization
      ? [OrganizationRef, row.organization]
      : [CountryRef, row.country];
  brandWithType(value, type);
  // Full rows, while the refs' shapes carry Pothos' model brand, which TypeScript cannot match up.
  return value as unknown as typeof Party.$inferType;
}

/** What a Party field selects, read per member type from the GraphQL selection. */
function partySelection(
  nestedSelection: (selection: true, path: [], type: "Person" | "Organization" | "Country") => boolean | object,
) {
  return {
    person: nestedSelection(true, [], "Person") as true | Prisma.PersonDefaultArgs,
    organization: nestedSelection(true, [], "Organization") as true | Prisma.OrganizationDefaultArgs,
    country: nestedSelection(true, [], "Country") as true | Prisma.CountryDefaultArgs,
  };
}

/** Parties in the order the source names them; the id keeps ties stable. */
export const PARTY_ORDER = [
  { role: "asc" },
  { position: "asc" },
  { id: "asc" },
] as const satisfies Prisma.CommitmentPartyOrderByWithRelationInput[];

/** Makers and addressees share one parties query, so asking for both loads the parties once. */
export function partiesSelection(nestedSelection: Parameters<typeof partySelection>[0]) {
  return {
    parties: { orderBy: [...PARTY_ORDER], select: { role: true, ...partySelection(nestedSelection) } },
  } as const;
}

export const CommitmentPartyRef = builder.prismaObject("CommitmentParty", {
  select: { id: true },
  description: "A party's part in a commitment: who made it or who it was made to.",
  fields: (t) => ({
    role: t.expose("role", { type: PartyRoleEnum, description: "Maker or addressee." }),
    commitment: t.relation("commitment", { description: "The commitment." }),
    party: t.field({
      type: Party,
      description: "The person, organization or country.",
      select: (_args, _ctx, nestedSelection) => partySelection(nestedSelection),
      extensions: sqlOneOf(["person", "organization", "country"]),
      // A select function does not narrow the parent's type here; partySelection loads all three.
      resolve: (row) => partyOf(row as typeof row & PartyRow),
    }),
  }),
});

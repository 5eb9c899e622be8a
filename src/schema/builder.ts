// The schema builder: plugins, scalars and empty root types. Types live in src/modules.
import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import { DateResolver, DateTimeResolver } from "graphql-scalars";
import type { Context } from "../context.js";
import { db } from "../db.js";
import type PrismaTypes from "../generated/pothos-types.js";
import { getDatamodel } from "../generated/pothos-types.js";
import { parsePartialDate } from "../modules/shared/partial-date.js";
import { decodeGlobalId, encodeGlobalId } from "./global-id.js";

/** Largest page any connection returns; larger `first`/`last` values are rejected. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    PartialDate: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
}>({
  plugins: [ErrorsPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  prisma: {
    client: db,
    dmmf: getDatamodel(),
    // A resolver that forgets to spread `query` would fetch relations one by one.
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "error",
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
  },
  errors: { defaultTypes: [] },
});

builder.addScalarType("DateTime", DateTimeResolver, {});
builder.addScalarType("Date", DateResolver, {});

builder.queryType({ description: "Read the knowledge base: meetings, people, organizations and commitments, each fact cited." });

builder.scalarType("PartialDate", {
  description: 'A date known to a year ("2011"), a month ("2011-08") or a day ("2011-08-09"): ISO 8601 with reduced precision.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== "string" || !parsePartialDate(value)) {
      throw new GraphQLError(`PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`);
    }
    return value;
  },
});

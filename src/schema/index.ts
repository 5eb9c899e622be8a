// Imports every module so its types register with the builder, then builds the schema.
import { type GraphQLNamedType, isObjectType, isUnionType, lexicographicSortSchema } from "graphql";
import "../modules/shared/shared.graphql.js";
import "../modules/shared/errors.graphql.js";
import "../modules/document/document.graphql.js";
import "../modules/country/country.graphql.js";
import "../modules/person/person.graphql.js";
import "../modules/organization/organization.graphql.js";
import "../modules/organization/organization-parts.graphql.js";
import "../modules/position/position.graphql.js";
import "../modules/meeting/meeting.graphql.js";
import "../modules/meeting/meeting-filter.graphql.js";
import "../modules/meeting/meeting-queries.graphql.js";
import "../modules/meeting/meeting-mutations.graphql.js";
import "../modules/meeting/meeting-live.graphql.js";
import "../modules/participation/participation.graphql.js";
import "../modules/commitment/commitment-party.graphql.js";
import "../modules/commitment/commitment.graphql.js";
import "../modules/commitment/commitment-filter.graphql.js";
import "../modules/commitment/commitment-queries.graphql.js";
import "../modules/commitment/commitment-mutations.graphql.js";
import "../modules/commitment/commitment-live.graphql.js";
import "../modules/commitment/commitment-stats.graphql.js";
import "../modules/topic/topic.graphql.js";
import "../modules/network/network.graphql.js";
import "../modules/search/search.graphql.js";
import "../modules/dataset/dataset.graphql.js";
import { builder } from "./builder.js";
import { refuseForeignCursorsInRelations } from "./cursors.js";
import { nodeTypenames } from "./global-id.js";

export const schema = lexicographicSortSchema(builder.toSchema());
refuseForeignCursorsInRelations(schema);

for (const type of Object.values(schema.getTypeMap())) {
  if (isObjectType(type) && type.getInterfaces().some((iface) => iface.name === "Node")) nodeTypenames.add(type.name);
  describeGenerated(type);
}

/**
 * The Prisma and errors plugins generate a few types and fields without a way to describe them
 * (`totalCount`, mutation results); GraphiQL is the first manual users read, so describe them here.
 */
function describeGenerated(type: GraphQLNamedType): void {
  if (isUnionType(type) && type.name.endsWith("Result") && !type.description) {
    type.description = "What the mutation returns: its success type, or one of the expected errors.";
  }
  if (!isObjectType(type)) return;
  if (type.name.endsWith("Success") && !type.description) type.description = "The mutation succeeded.";
  const fields = type.getFields();
  if (fields.totalCount && !fields.totalCount.description)
    fields.totalCount.description = "How many records the whole list holds; counted only when asked for.";
  if (fields.data && !fields.data.description && type.name.endsWith("Success"))
    fields.data.description = "What the mutation wrote.";
}

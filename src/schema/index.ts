// Imports every module so its types register with the builder, then builds the schema.
import { isObjectType, lexicographicSortSchema } from "graphql";
import "../modules/shared/shared.graphql.js";
import "../modules/shared/errors.graphql.js";
import "../modules/document/document.graphql.js";
import "../modules/country/country.graphql.js";
import "../modules/person/person.graphql.js";
import "../modules/organization/organization.graphql.js";
import "../modules/position/position.graphql.js";
import "../modules/meeting/meeting.graphql.js";
import "../modules/participation/participation.graphql.js";
import "../modules/commitment/commitment.graphql.js";
import "../modules/topic/topic.graphql.js";
import "../modules/network/network.graphql.js";
import "../modules/search/search.graphql.js";
import "../modules/dataset/dataset.graphql.js";
import { builder } from "./builder.js";
import { nodeTypenames } from "./global-id.js";

export const schema = lexicographicSortSchema(builder.toSchema());

for (const type of Object.values(schema.getTypeMap())) {
  if (isObjectType(type) && type.getInterfaces().some((iface) => iface.name === "Node")) nodeTypenames.add(type.name);
}

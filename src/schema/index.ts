// Imports every module so its types register with the builder, then builds the schema.
import { lexicographicSortSchema } from "graphql";
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

export const schema = lexicographicSortSchema(builder.toSchema());

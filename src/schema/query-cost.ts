// Where a refused query's cost comes from. The complexity plugin reports only a total; a user
// needs to know which list to give a smaller `first:`. This walks the operation with the same
// per-field complexity the plugin uses (read from each field's extensions) and follows, level by
// level, the selection that costs most.
import {
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from "graphql";

/** One field on the costliest path; `pageSize` is set for connections and lists. */
export interface CostStep {
  field: string;
  pageSize?: number;
}

interface Branch {
  cost: number;
  path: CostStep[];
}

type FieldComplexity = number | { field?: number; multiplier?: number };
type ComplexityOption =
  | FieldComplexity
  | ((args: Record<string, unknown>, ctx: unknown, field: GraphQLField<unknown, unknown>) => FieldComplexity);

/** The plugin's own defaults for a list without a complexity option. */
const PLUGIN_DEFAULT_MULTIPLIER = 10;

const unwrapList = (type: GraphQLOutputType): boolean =>
  isListType(type) || (isNonNullType(type) && isListType(type.ofType));

/** The operation's total cost and the path of fields that carries most of it. */
export function costliestPath(
  info: Pick<GraphQLResolveInfo, "operation" | "fragments" | "variableValues" | "schema">,
  ctx: unknown,
): Branch {
  const root = info.schema.getRootType(info.operation.operation);
  return root ? selectionCost(info.operation.selectionSet, root, info, ctx) : { cost: 0, path: [] };
}

function selectionCost(
  selectionSet: SelectionSetNode,
  type: GraphQLNamedType,
  info: Parameters<typeof costliestPath>[0],
  ctx: unknown,
): Branch {
  let cost = 0;
  let heaviest: Branch = { cost: -1, path: [] };
  for (const selection of selectionSet.selections) {
    let branch: Branch;
    if (selection.kind === Kind.FIELD) branch = fieldCost(selection, type, info, ctx);
    else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? info.fragments[selection.name.value] : selection;
      if (!fragment) continue;
      const fragmentType = fragment.typeCondition ? info.schema.getType(fragment.typeCondition.name.value) : type;
      if (!fragmentType) continue;
      branch = selectionCost(fragment.selectionSet, fragmentType, info, ctx);
    }
    cost += branch.cost;
    if (branch.cost > heaviest.cost) heaviest = branch;
  }
  return { cost, path: heaviest.path };
}

function fieldCost(
  node: FieldNode,
  type: GraphQLNamedType,
  info: Parameters<typeof costliestPath>[0],
  ctx: unknown,
): Branch {
  const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[node.name.value] : undefined;
  // The plugin charges its default of 1 for introspection fields such as __typename.
  if (!field) return { cost: 1, path: [] };
  let option = field.extensions?.complexity as ComplexityOption | undefined;
  if (typeof option === "function") option = option(getArgumentValues(field, node, info.variableValues), ctx, field);
  const multiplier =
    typeof option === "object" && option.multiplier !== undefined
      ? option.multiplier
      : unwrapList(field.type)
        ? PLUGIN_DEFAULT_MULTIPLIER
        : 1;
  const own = typeof option === "number" ? option : (option?.field ?? 1);
  // A scalar ends the path: the user shrinks the lists above it.
  if (!node.selectionSet) return { cost: own, path: [] };
  const below = selectionCost(node.selectionSet, getNamedType(field.type), info, ctx);
  const step: CostStep = {
    field: node.alias?.value ?? node.name.value,
    ...(multiplier !== 1 && { pageSize: multiplier }),
  };
  return { cost: own + below.cost * Math.max(multiplier, 0), path: [step, ...below.path] };
}

/** "people(20) > participations(10) > meeting > participants(10)", leaving out edges and node. */
export function describePath(path: CostStep[]): string {
  return path
    .filter((step) => step.field !== "edges" && step.field !== "node")
    .map((step) => (step.pageSize === undefined ? step.field : `${step.field}(${step.pageSize})`))
    .join(" > ");
}

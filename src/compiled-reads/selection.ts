// Reading a document's selections the way graphql-js executes them: fields merged by response key
// in document order, fragments expanded for the runtime type, @skip/@include decided per request.
import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getDirectiveValues,
  isAbstractType,
  Kind,
  type SelectionSetNode,
} from "graphql";
import type { Statement } from "./statement.js";

/** What compiled SQL is built with, per request. */
export interface Ctx {
  statement: Statement;
  variables: Record<string, unknown>;
  /** The request's GraphQL context: filters find the records its slugs and ISO codes name there. */
  context: object;
  /** Conditions under which the resolvers must answer instead (they explain what SQL cannot). */
  fallbackWhen: string[];
}

type Guarded = { directives?: readonly unknown[] } & Parameters<typeof getDirectiveValues>[1];

export interface CollectedField {
  responseKey: string;
  name: string;
  nodes: FieldNode[];
  /** One entry per place the field occurs: the nodes whose @skip/@include decide that occurrence. */
  occurrences: Guarded[][];
}

export interface Documents {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
}

/** Fields selected on an object of `type`, merged by response key in document order. */
export function collectFields(
  docs: Documents,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): CollectedField[] {
  const fields = new Map<string, CollectedField>();
  const visit = (selectionSet: SelectionSetNode, guards: Guarded[], seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      const guarded = selection.directives?.length ? [...guards, selection] : guards;
      if (selection.kind === Kind.FIELD) {
        const responseKey = selection.alias?.value ?? selection.name.value;
        const field = fields.get(responseKey) ?? {
          responseKey,
          name: selection.name.value,
          nodes: [],
          occurrences: [],
        };
        field.nodes.push(selection);
        field.occurrences.push(guarded);
        fields.set(responseKey, field);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || applies(docs, selection.typeCondition.name.value, type))
          visit(selection.selectionSet, guarded, seen);
      } else {
        const fragment = docs.fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value) || !applies(docs, fragment.typeCondition.name.value, type))
          continue;
        visit(fragment.selectionSet, guarded, new Set([...seen, fragment.name.value]));
      }
    }
  };
  for (const selectionSet of selectionSets) visit(selectionSet, [], new Set());
  return [...fields.values()];
}

function applies(docs: Documents, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true;
  const conditionType: GraphQLNamedType | undefined = docs.schema.getType(condition);
  return !!conditionType && isAbstractType(conditionType) && docs.schema.isSubType(conditionType, type);
}

/** The sub-selections of a merged field. */
export const subSelections = (field: CollectedField) =>
  field.nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));

/** Whether @skip/@include keep the field for this request's variables. */
export function isIncluded(ctx: Ctx, field: CollectedField): boolean {
  return field.occurrences.some((guards) =>
    guards.every((node) => {
      if (getDirectiveValues(GraphQLSkipDirective, node, ctx.variables)?.if === true) return false;
      return getDirectiveValues(GraphQLIncludeDirective, node, ctx.variables)?.if !== false;
    }),
  );
}

// Bounds the size of what an operation's arguments carry (src/schema/input-limits.ts): how deep
// input objects nest, how long lists and strings are, how many values there are in all, and that
// strings are text PostgreSQL can store. Without it one `or` of 20,000 filters kept the event loop
// busy for seconds and a 5,000-deep `not` overflowed the stack. The check walks literal arguments
// and variables alike against the schema's input types, before variables are coerced and before
// any resolver or SQL runs, so every present and future argument is covered; it stops at the
// first value over a limit, so its own work is bounded by the limits.
import {
  type ExecutionArgs,
  type FieldNode,
  GraphQLError,
  type GraphQLInputType,
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { cursorProblem } from "../../schema/cursors.js";
import { INPUT_LIMITS, type InputLimitExtensions } from "../../schema/input-limits.js";

type Path = Array<string | number>;

class InputLimitError extends Error {
  constructor(
    /** Which limit: a key of INPUT_LIMITS, "maxLength" for a string's length, "text" for characters text cannot hold, "cursor" for a malformed one. */
    readonly limit: keyof typeof INPUT_LIMITS | "maxLength" | "text" | "cursor",
    readonly path: Path,
    problem: string,
  ) {
    super(`Input at ${pathText(path)} ${problem}`);
  }
}

/** people.filter.or[3].name.in */
function pathText(path: Path): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`)).join("");
}

/** In a unicode-mode pattern a surrogate pair is one code point, so only a lone half matches. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** PostgreSQL text cannot hold NUL, and a lone surrogate is not Unicode it can encode. */
function checkString(text: string, path: Path, maxLength: number): void {
  if (text.length > maxLength)
    throw new InputLimitError("maxLength", path, `is ${text.length} characters long; the limit there is ${maxLength}`);
  if (text.includes("\u0000"))
    throw new InputLimitError("text", path, "contains a NUL character (U+0000), which text cannot hold");
  if (LONE_SURROGATE.test(text))
    throw new InputLimitError(
      "text",
      path,
      "is not well-formed Unicode: it contains a lone surrogate (U+D800 to U+DFFF)",
    );
}

interface Walk {
  values: number;
  maxValues: number;
}

function countValue(walk: Walk, path: Path): void {
  if (++walk.values > walk.maxValues)
    throw new InputLimitError(
      "maxValues",
      path,
      `takes the arguments past ${walk.maxValues} values, the most one operation may send`,
    );
}

function checkValue(
  value: unknown,
  type: GraphQLInputType,
  path: Path,
  depth: number,
  declared: InputLimitExtensions,
  walk: Walk,
): void {
  if (value == null) return;
  countValue(walk, path);
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    // A single value where a list is expected is coerced to a list of one.
    const items = Array.isArray(value) ? value : [value];
    const ofObjects = isInputObjectType(getNullableType(nullable.ofType));
    const maxItems =
      declared.maxListLength ?? (ofObjects ? INPUT_LIMITS.maxObjectListLength : INPUT_LIMITS.maxListLength);
    const limit = declared.maxListLength === undefined && ofObjects ? "maxObjectListLength" : "maxListLength";
    if (items.length > maxItems)
      throw new InputLimitError(limit, path, `is a list of ${items.length} items; the limit there is ${maxItems}`);
    for (const [index, item] of items.entries())
      checkValue(item, nullable.ofType, [...path, index], depth, declared, walk);
  } else if (isInputObjectType(nullable)) {
    if (typeof value !== "object" || Array.isArray(value)) return; // coercion names the type error
    if (depth >= INPUT_LIMITS.maxDepth)
      throw new InputLimitError(
        "maxDepth",
        path,
        `nests input objects more than ${INPUT_LIMITS.maxDepth} deep, the limit`,
      );
    const fields = nullable.getFields();
    for (const [name, fieldValue] of Object.entries(value)) {
      const field = fields[name];
      if (field)
        checkValue(fieldValue, field.type, [...path, name], depth + 1, field.extensions as InputLimitExtensions, walk);
    }
  } else if (nullable.name === "JSON") {
    checkJson(value, path, 0);
  } else if (typeof value === "string") {
    checkString(value, path, declared.maxLength ?? INPUT_LIMITS.shortText);
  }
}

/** JSON arguments are bounded by the body size; here only their nesting and their strings are checked. */
function checkJson(value: unknown, path: Path, depth: number): void {
  if (typeof value === "string") checkString(value, path, INPUT_LIMITS.longText);
  if (value === null || typeof value !== "object") return;
  if (depth >= INPUT_LIMITS.maxJsonDepth)
    throw new InputLimitError("maxJsonDepth", path, `nests more than ${INPUT_LIMITS.maxJsonDepth} deep, the limit`);
  for (const [key, item] of Object.entries(value))
    checkJson(item, [...path, Array.isArray(value) ? Number(key) : key], depth + 1);
}

/** Variables as the operation will see them: given values, else the declared defaults. */
function variablesOf(
  operation: OperationDefinitionNode | undefined,
  given: Record<string, unknown>,
): Record<string, unknown> {
  const variables = { ...given };
  for (const definition of operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined && definition.defaultValue)
      variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return variables;
}

/** Every argument in the document, with its value, its type and where it is (response keys down to it). */
function checkArguments(args: ExecutionArgs) {
  const operations = args.document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operations.find((candidate) => !args.operationName || candidate.name?.value === args.operationName);
  const variables = variablesOf(operation, (args.variableValues ?? {}) as Record<string, unknown>);
  const typeInfo = new TypeInfo(args.schema);
  const fieldPath: string[] = [];
  const walk: Walk = {
    values: 0,
    maxValues: operation?.operation === "mutation" ? INPUT_LIMITS.maxValues.mutation : INPUT_LIMITS.maxValues.query,
  };
  visit(
    args.document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter: (node: FieldNode) => void fieldPath.push(node.alias?.value ?? node.name.value),
        leave: () => void fieldPath.pop(),
      },
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument) return;
        const value =
          node.value.kind === Kind.VARIABLE
            ? variables[node.value.name.value]
            : valueFromASTUntyped(node.value, variables);
        const path = [...fieldPath, node.name.value];
        checkValue(value, argument.type, path, 0, argument.extensions as InputLimitExtensions, walk);
        const cursor = (node.name.value === "after" || node.name.value === "before") && typeof value === "string";
        const problem = cursor ? cursorProblem(value) : null;
        if (problem) throw new InputLimitError("cursor", path, problem);
        return false; // the value is checked; its literal nodes need no visit
      },
    }),
  );
}

export function useInputLimits(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      try {
        checkArguments(args);
      } catch (error) {
        if (!(error instanceof InputLimitError)) throw error;
        setResultAndStopExecution({
          errors: [
            new GraphQLError(error.message, {
              extensions: { code: "BAD_USER_INPUT", limit: error.limit, path: error.path },
            }),
          ],
        });
      }
    },
  };
}

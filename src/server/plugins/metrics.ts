// Prometheus metrics at /metrics: requests, latency per operation, errors (from Yoga's plugin)
// and the database pool, which the plugin cannot see.
//
// Every label value comes from a bounded set. An operation name is the client's choice, so it is
// a label only when the server knows it in advance (GraphiQL's examples, the persisted
// operations, METRICS_OPERATION_NAMES); any other name is "other" and an unnamed operation
// "anonymous". Labelled freely, each new name added about 94 series until a scrape ran the
// process out of heap. The request URL and the error path (which holds aliases) are not labels.
import {
  createCounter,
  createHistogram,
  type FillLabelsFnParams,
  usePrometheus,
} from "@graphql-yoga/plugin-prometheus";
import type { Plugin } from "graphql-yoga";
import { Counter, Gauge, register } from "prom-client";
import { pool, replicaStates } from "../../infra/db.js";
import type { Env } from "../../infra/env.js";
import { EXAMPLE_OPERATION_NAMES } from "../graphiql-examples.js";
import { operationNamesIn, readPersistedOperations } from "../persisted-operations.js";

new Gauge({
  name: "accord_db_pool_connections",
  help: "Database pool connections by state.",
  labelNames: ["state"],
  collect() {
    this.set({ state: "total" }, pool.totalCount);
    this.set({ state: "idle" }, pool.idleCount);
    this.set({ state: "waiting_clients" }, pool.waitingCount);
  },
});

const REPLICA_STATUSES = ["serving", "catching-up", "lagging", "down"] as const;

new Gauge({
  name: "accord_replica_status",
  help: "Each read replica's status: 1 for the one it is in (serving, catching-up, lagging, down), 0 for the others.",
  labelNames: ["replica", "status"],
  collect() {
    for (const replica of replicaStates()) {
      for (const status of REPLICA_STATUSES)
        this.set({ replica: replica.name, status }, replica.status === status ? 1 : 0);
    }
  },
});

new Gauge({
  name: "accord_replica_lag_seconds",
  help: "How far each read replica is behind the primary, in time (absent while it is down).",
  labelNames: ["replica"],
  collect() {
    this.reset();
    for (const replica of replicaStates())
      if (replica.lagMs !== null && Number.isFinite(replica.lagMs))
        this.set({ replica: replica.name }, replica.lagMs / 1000);
  },
});

new Gauge({
  name: "accord_replica_lag_bytes",
  help: "WAL bytes each read replica has not yet replayed (absent while it is down).",
  labelNames: ["replica"],
  collect() {
    this.reset();
    for (const replica of replicaStates())
      if (replica.lagBytes !== null) this.set({ replica: replica.name }, replica.lagBytes);
  },
});

new Counter({
  name: "accord_replica_reads_total",
  help: "Reads (Prisma operations and raw-SQL reads) sent to each read replica.",
  labelNames: ["replica"],
  collect() {
    this.reset();
    for (const replica of replicaStates()) this.inc({ replica: replica.name }, replica.reads);
  },
});

const OPERATION_TYPES = new Set(["query", "mutation", "subscription"]);
const HTTP_METHODS = new Set(["GET", "POST"]);

/** The operation names that may appear as label values. */
export function knownOperationNames(env: Env): Set<string> {
  const persisted = env.PERSISTED_OPERATIONS_FILE
    ? operationNamesIn(readPersistedOperations(env.PERSISTED_OPERATIONS_FILE).values())
    : [];
  return new Set([...EXAMPLE_OPERATION_NAMES, ...persisted, ...env.METRICS_OPERATION_NAMES]);
}

export function useMetrics(env: Env): Plugin {
  const known = knownOperationNames(env);
  const operationLabels = (params: FillLabelsFnParams) => ({
    operationName:
      !params.operationName || params.operationName === "Anonymous"
        ? "anonymous"
        : known.has(params.operationName)
          ? params.operationName
          : "other",
    operationType: params.operationType && OPERATION_TYPES.has(params.operationType) ? params.operationType : "unknown",
  });
  const histogram = <Phase>(name: string, help: string, phase: Phase) =>
    createHistogram({
      registry: register,
      histogram: { name, help, labelNames: ["operationName", "operationType"] },
      fillLabelsFn: operationLabels,
      phases: [phase],
    });

  return usePrometheus({
    endpoint: "/metrics",
    registry: register,
    metrics: {
      graphql_envelop_request: createCounter({
        registry: register,
        counter: {
          name: "graphql_envelop_request",
          help: "Counts the GraphQL operations executed.",
          labelNames: ["operationName", "operationType"],
        },
        fillLabelsFn: operationLabels,
        phases: ["execute" as const],
      }),
      graphql_envelop_request_duration: histogram(
        "graphql_envelop_request_duration",
        "Time spent executing a GraphQL operation.",
        "execute" as const,
      ),
      graphql_envelop_phase_parse: histogram(
        "graphql_envelop_phase_parse",
        'Time spent on running GraphQL "parse" function',
        "parse" as const,
      ),
      graphql_envelop_phase_validate: histogram(
        "graphql_envelop_phase_validate",
        'Time spent on running GraphQL "validate" function',
        "validate" as const,
      ),
      graphql_envelop_phase_execute: histogram(
        "graphql_envelop_phase_execute",
        'Time spent on running the GraphQL "execute" function',
        "execute" as const,
      ),
      graphql_envelop_error_result: createCounter({
        registry: register,
        counter: {
          name: "graphql_envelop_error_result",
          help: "Counts the errors in results, by phase.",
          labelNames: ["operationName", "operationType", "phase"],
        },
        fillLabelsFn: (params: FillLabelsFnParams & { errorPhase: string }) => ({
          ...operationLabels(params),
          phase: params.errorPhase,
        }),
        phases: ["parse" as const, "validate" as const, "context" as const, "execute" as const],
      }),
      graphql_yoga_http_duration: createHistogram({
        registry: register,
        histogram: {
          name: "graphql_yoga_http_duration",
          help: "Time spent on HTTP connection",
          labelNames: ["operationName", "operationType", "method", "statusCode"],
        },
        fillLabelsFn: (params: FillLabelsFnParams & { request: Request; response: Response }) => ({
          ...operationLabels(params),
          method: HTTP_METHODS.has(params.request.method) ? params.request.method : "other",
          statusCode: params.response.status,
        }),
        phases: ["request" as const],
      }),
      // Yoga's other defaults: a summary per operation is costly, and nothing here uses the rest.
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
    },
  });
}

// Prometheus metrics at /metrics: requests, latency per operation, errors (from Yoga's plugin)
// and the database pool, which the plugin cannot see.
import { usePrometheus } from "@graphql-yoga/plugin-prometheus";
import type { Plugin } from "graphql-yoga";
import { Counter, Gauge, register } from "prom-client";
import { pool, replicaStates } from "../../infra/db.js";

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
      for (const status of REPLICA_STATUSES) this.set({ replica: replica.name, status }, replica.status === status ? 1 : 0);
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
      if (replica.lagMs !== null && Number.isFinite(replica.lagMs)) this.set({ replica: replica.name }, replica.lagMs / 1000);
  },
});

new Gauge({
  name: "accord_replica_lag_bytes",
  help: "WAL bytes each read replica has not yet replayed (absent while it is down).",
  labelNames: ["replica"],
  collect() {
    this.reset();
    for (const replica of replicaStates()) if (replica.lagBytes !== null) this.set({ replica: replica.name }, replica.lagBytes);
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

export function useMetrics(): Plugin {
  return usePrometheus({
    endpoint: "/metrics",
    registry: register,
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_execute: true,
      graphql_yoga_http_duration: true,
    },
  });
}

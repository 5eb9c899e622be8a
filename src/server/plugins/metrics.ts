// Prometheus metrics at /metrics: requests, latency per operation, errors (from Yoga's plugin)
// and the database pool, which the plugin cannot see.
import { usePrometheus } from "@graphql-yoga/plugin-prometheus";
import type { Plugin } from "graphql-yoga";
import { Gauge, register } from "prom-client";
import { pool } from "../../infra/db.js";

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

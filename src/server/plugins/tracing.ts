// Optional OpenTelemetry tracing: when OTEL_EXPORTER_OTLP_ENDPOINT is set, every GraphQL
// operation becomes a span (resolvers included), sent over OTLP/HTTP to that collector.
import { useOpenTelemetry } from "@envelop/opentelemetry";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { BasicTracerProvider, BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import type { Plugin } from "graphql-yoga";
import type { Env } from "../../infra/env.js";

export function tracingPlugins(env: Env): Plugin[] {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return [];
  const provider = new BasicTracerProvider();
  provider.addSpanProcessor(
    new BatchSpanProcessor(
      new OTLPTraceExporter({ url: `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, "")}/v1/traces` }),
      { scheduledDelayMillis: 500 },
    ),
  );
  // Variables and results can hold what analysts are researching: they stay out of traces.
  return [
    useOpenTelemetry(
      { resolvers: true, variables: false, result: false },
      provider,
      undefined,
      undefined,
      env.OTEL_SERVICE_NAME,
    ) as Plugin,
  ];
}

// Structured JSON logs (pino). Request-scoped lines carry `requestId`.
import pino from "pino";
import { env } from "./env.js";

export const logger = pino({ level: env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL, base: { service: "accord" } });

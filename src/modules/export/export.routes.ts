// Serves the data exports at stable URLs beside /graphql:
//   GET /exports/commitments.csv, /exports/meetings.csv, /exports/popolo.json
// The CSV files stream batch by batch; each response names its file for download.
import type { Plugin } from "graphql-yoga";
import { logger } from "../../infra/logger.js";
import { requestIdOf } from "../../server/plugins/error-reporting.js";
import { EXPORT_NAMES, EXPORTS, isExportName } from "./export.service.js";

export const EXPORTS_PATH = "/exports/";

export function useExports(): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(EXPORTS_PATH)) return;
      const name = url.pathname.slice(EXPORTS_PATH.length);
      const text = (status: number, message: string, headers: Record<string, string> = {}) =>
        new fetchAPI.Response(`${message}\n`, {
          status,
          headers: { "content-type": "text/plain; charset=utf-8", ...headers },
        });

      if (!isExportName(name)) {
        endResponse(
          text(404, `No export "${name}". Available: ${EXPORT_NAMES.map((file) => EXPORTS_PATH + file).join(", ")}`),
        );
        return;
      }
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(text(405, `${EXPORTS_PATH}${name} answers GET only`, { allow: "GET, HEAD" }));
        return;
      }

      const file = EXPORTS[name];
      const headers = {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.name}"`,
        "cache-control": "no-cache",
      };
      if (request.method === "HEAD") {
        endResponse(new fetchAPI.Response(null, { status: 200, headers }));
        return;
      }

      const chunks = file.chunks();
      let first: IteratorResult<string>;
      try {
        // The first chunk comes after the first query: a database failure is still a clean 500.
        first = await chunks.next();
      } catch (error) {
        const requestId = requestIdOf(request);
        logger.error({ requestId, err: error, export: name }, "export failed");
        endResponse(text(500, `The export failed; the server log has the details (request id ${requestId})`));
        return;
      }

      const encoder = new TextEncoder();
      const body = new fetchAPI.ReadableStream<Uint8Array>({
        start(controller) {
          if (!first.done) controller.enqueue(encoder.encode(first.value));
          if (first.done) controller.close();
        },
        async pull(controller) {
          try {
            const next = await chunks.next();
            if (next.done) controller.close();
            else controller.enqueue(encoder.encode(next.value));
          } catch (error) {
            logger.error(
              { requestId: requestIdOf(request), err: error, export: name },
              "export failed while streaming",
            );
            controller.error(error);
          }
        },
        async cancel() {
          await chunks.return(undefined);
        },
      });
      endResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}

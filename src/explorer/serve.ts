// Serves the built explorer (src/explorer/dist) beside GraphQL: GET / is the page, /assets/*
// its hashed scripts and styles. The page itself only talks to /graphql.
import { readFile } from "node:fs/promises";
import { extname, join, relative, resolve, sep } from "node:path";
import type { Plugin } from "graphql-yoga";
import { PROJECT_ROOT } from "../infra/project-root.js";

const DEFAULT_DIST = join(PROJECT_ROOT, "src/explorer/dist");

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** Vite puts a content hash in every asset name, so a changed file always gets a new URL. */
const ASSET_CACHE = "public, max-age=31536000, immutable";
/** The page names the current hashes, so browsers must revalidate it on every load. */
const PAGE_CACHE = "no-cache";

const MISSING_BUILD = "The explorer is not built: run npm run build:explorer (npm install also builds it).\n";

export interface ExplorerOptions {
  /** Where the built files are; src/explorer/dist by default. */
  distDir?: string;
}

export function useExplorer(options: ExplorerOptions = {}): Plugin {
  const dist = resolve(options.distDir ?? DEFAULT_DIST);
  const assets = join(dist, "assets");

  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      const isPage = url.pathname === "/" || url.pathname === "/index.html";
      if (!isPage && !url.pathname.startsWith("/assets/")) return;

      const text = (status: number, body: string) =>
        new fetchAPI.Response(request.method === "HEAD" ? null : body, {
          status,
          headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
        });

      let file: string;
      if (isPage) {
        file = join(dist, "index.html");
      } else {
        // Decode, then refuse anything that resolves outside dist/assets ("../", encoded slashes).
        let name: string;
        try {
          name = decodeURIComponent(url.pathname.slice("/assets/".length));
        } catch {
          return endResponse(text(400, "Bad asset path\n"));
        }
        file = resolve(assets, name);
        const inside = relative(assets, file);
        if (!inside || inside.startsWith("..") || inside.includes(`..${sep}`))
          return endResponse(text(404, "Not found\n"));
      }

      let body: Buffer;
      try {
        body = await readFile(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT" && (error as NodeJS.ErrnoException).code !== "EISDIR")
          throw error;
        const built = await readFile(join(dist, "index.html")).then(
          () => true,
          () => false,
        );
        return endResponse(built ? text(404, "Not found\n") : text(503, MISSING_BUILD));
      }

      endResponse(
        new fetchAPI.Response(request.method === "HEAD" ? null : new Uint8Array(body), {
          status: 200,
          headers: {
            "content-type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
            "content-length": String(body.byteLength),
            "cache-control": isPage ? PAGE_CACHE : ASSET_CACHE,
            "x-content-type-options": "nosniff",
          },
        }),
      );
    },
  };
}

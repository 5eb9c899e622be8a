// Builds the explorer page into src/explorer/dist, which src/explorer/serve.ts serves at /.
// `npx vite --config src/explorer/vite.config.ts` serves it with hot reload, sending /graphql
// to a running `npm start` (PORT, default 4000).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
  // No public/ folder: everything the page needs is imported or inlined.
  publicDir: false,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2022",
    sourcemap: true,
    // cytoscape alone is ~450 kB minified; one chunk is simplest to serve and cache.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: { "/graphql": `http://localhost:${process.env.PORT ?? "4000"}` },
  },
});

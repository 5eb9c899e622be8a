// The bench's progress lines, stamped with the seconds since it started.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s`;
export const say = (line: string) => console.log(`[bench ${elapsed()}] ${line}`);

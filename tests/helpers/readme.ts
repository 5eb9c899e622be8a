// The README's example queries, read from the README itself so tests check what users see.
import { readFileSync } from "node:fs";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The text of a "## " section, up to the next "## " heading. */
export function readmeSection(heading: string): string {
  const start = README.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no "## ${heading}" section`);
  const end = README.indexOf("\n## ", start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

/** Each ```graphql block with the paragraph that asks its question. */
export function readmeQuestions(text: string): { question: string; query: string }[] {
  return [...text.matchAll(/([^\n]+)\n\n```graphql\n([\s\S]*?)```/g)].map((match) => ({
    question: (match[1] as string).trim(),
    query: match[2] as string,
  }));
}

// Finds a quote in a document. Offsets count Unicode code points, as PostgreSQL's
// substr() and char_length() do, so the database can check them.

export interface Located {
  start: number;
  end: number;
  quote: string;
}

/** Locates the `occurrence`-th (1-based) appearance of `quote`; a repeated quote must say which. */
export function locateQuote(body: string, quote: string, occurrence?: number): Located | { problem: string } {
  const indexes: number[] = [];
  for (let at = body.indexOf(quote); at >= 0; at = body.indexOf(quote, at + 1)) indexes.push(at);
  if (indexes.length === 0) return { problem: `quote "${abbreviate(quote)}" does not occur verbatim` };
  if (occurrence === undefined && indexes.length > 1) {
    return { problem: `quote "${abbreviate(quote)}" occurs ${indexes.length} times; say which with "occurrence"` };
  }
  const index = indexes[(occurrence ?? 1) - 1];
  if (index === undefined)
    return { problem: `quote "${abbreviate(quote)}" occurs only ${indexes.length} time(s), not ${occurrence}` };
  const start = codePointLength(body.slice(0, index));
  return { start, end: start + codePointLength(quote), quote };
}

export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

function abbreviate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * The rule doc pages (docs/rules/<id>.md), for `hvlint explain`. From the sources they are
 * read from disk; the bundle (dist/) replaces this module with one that holds every page
 * (scripts/embed-docs.mjs), so the bundled CLI needs no docs folder beside it.
 */
import * as fs from 'node:fs';

const DOCS_DIR = new URL('../../docs/rules/', import.meta.url);

/** The Markdown of a rule's doc page, or undefined when there is none. */
export function ruleDocPage(id: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  try {
    return fs.readFileSync(new URL(`${id}.md`, DOCS_DIR), 'utf8');
  } catch {
    return undefined;
  }
}

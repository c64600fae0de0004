/**
 * Where hvlint's own documentation lives. One place, so reports (SARIF helpUri, the Markdown
 * summary, the check run) all link the same pages: hvlint's repository, not the one linted.
 */
export const HOMEPAGE = 'https://github.com/hvlint/hvlint';

/** Base URL of the rule pages (`docs/rules/<id>.md`), with a trailing slash. */
export const DOCS_BASE = `${HOMEPAGE}/blob/main/docs/rules/`;

export function ruleDocUrl(ruleId: string): string {
  return `${DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}

/**
 * Where hvlint's own documentation lives. One place, so reports (SARIF helpUri, the Markdown
 * summary, the check run) and the CLI (init, explain) all link the same pages: hvlint's
 * repository, not the one linted, where a relative `docs/...` path would not exist.
 */
import { posix } from 'node:path';
import type { RuleMeta } from '../rules/types.js';

export const HOMEPAGE = 'https://github.com/hvlint/hvlint';

/** Base URL of the documentation (`docs/`), with a trailing slash. */
export const DOCS_ROOT = `${HOMEPAGE}/blob/main/docs/`;

/** Base URL of the rule pages (`docs/rules/<id>.md`), with a trailing slash. */
export const DOCS_BASE = `${DOCS_ROOT}rules/`;

export function ruleDocUrl(ruleId: string): string {
  return `${DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}

/** A policy's `docs` when it is a web address (otherwise it is Markdown text). */
export function policyDocsUrl(meta: RuleMeta | undefined): string | undefined {
  const docs = meta?.policy?.docs?.trim();
  return docs !== undefined && /^https?:\/\/\S+$/.test(docs) ? docs : undefined;
}

/**
 * Where a rule is documented: a built-in rule's page, or a custom policy's `docs` address
 * (undefined for a policy whose docs are Markdown text or absent: hvlint has no page for it).
 */
export function ruleHelpUrl(ruleId: string, meta: RuleMeta | undefined): string | undefined {
  return meta?.policy ? policyDocsUrl(meta) : ruleDocUrl(ruleId);
}

/** The web address of a page below docs/ (`configuration.md`, `rules/schema.md#why`). */
export function docUrl(page: string): string {
  return `${DOCS_ROOT}${page.replace(/^\.?\//, '')}`;
}

/**
 * A link target as found in a page below docs/ (`from`, such as `rules/`): absolute addresses
 * and in-page anchors are kept; relative ones become web addresses of hvlint's documentation
 * (`../domain.md#x` → `.../docs/domain.md#x`), or of the repository when they leave docs/.
 */
export function absoluteDocHref(href: string, from = 'rules/'): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) return href;
  const resolved = posix.normalize(posix.join('docs', from, href));
  if (resolved.startsWith('docs/')) return docUrl(resolved.slice('docs/'.length));
  return `${HOMEPAGE}/blob/main/${resolved.replace(/^(\.\.\/)+/, '')}`;
}

/** Every relative Markdown link of a docs page made absolute, outside code blocks. */
export function absoluteDocLinks(markdown: string, from = 'rules/'): string {
  let inCode = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^```/.test(line)) inCode = !inCode;
      if (inCode) return line;
      return line.replace(
        /\[([^\]]+)\]\(([^)\s]+)\)/g,
        (_, text: string, href: string) => `[${text}](${absoluteDocHref(href, from)})`,
      );
    })
    .join('\n');
}

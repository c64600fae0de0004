/**
 * SARIF 2.1.0, for GitHub code scanning and any other SARIF viewer. Checked by Microsoft's
 * SARIF validator in the tests. Choices worth knowing:
 * - file URIs are relative to `%SRCROOT%`, the repository root (`sarifRoot`: `--sarif-root`,
 *   else the folder holding `.git` above the working directory), so code scanning places alerts
 *   on the right files when hvlint runs in a subfolder; `originalUriBaseIds` says where that is.
 *   A file outside the root gets an absolute `file:` URI;
 * - `partialFingerprints["hvlint/v1"]` hashes the finding's identity (src/filter/fingerprint.ts:
 *   rule, file, document kind/name, JSON path) and its message, never line numbers: inserting
 *   lines above a finding keeps it;
 * - the rules described are those with results, each with its doc page as `help.markdown`;
 *   a custom policy's descriptor carries its description, and its `docs` (`helpUri` when an
 *   address, `help.markdown` when Markdown text) and the file that defines it;
 * - cross-file findings list their other places as `relatedLocations`, and the message
 *   links to them with SARIF's embedded links (`[text](id)`);
 * - suppressed findings stay in the log with `suppressions` (in-source for inline and
 *   document comments, external for the baseline), so code scanning shows them as dismissed.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Range, Severity } from '../types.js';
import type { ReportInput } from './types.js';
import type { RuleMeta } from '../rules/types.js';
import { allRuleMeta } from '../rules/index.js';
import { ruleDocPage } from '../rules/docs.js';
import { fingerprintKey } from '../fingerprint.js';
import { absoluteDocLinks, HOMEPAGE, policyDocsUrl, ruleDocUrl } from './links.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
export const FINGERPRINT_KEY = 'hvlint/v1';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

export interface SarifOptions {
  /** Rule metadata by id; default: every rule hvlint knows, and the input's policies (`input.rules`). */
  rules?: RuleMeta[];
  /** A rule's doc page (Markdown) for `help.markdown`; default: docs/rules/<id>.md. */
  docPage?: (ruleId: string) => string | undefined;
}

export function formatSarif(input: ReportInput, options: SarifOptions = {}): string {
  return JSON.stringify(buildSarif(input, options), null, 2) + '\n';
}

/** A SARIF log object (what `formatSarif` serialises). */
export function buildSarif(input: ReportInput, options: SarifOptions = {}): Record<string, unknown> {
  const root = input.sarifRoot ?? input.cwd;
  input = { ...input, findings: rootRelative(input.findings, input.cwd, root) };
  const metas = new Map([...(options.rules ?? allRuleMeta()), ...(input.rules ?? [])].map((m) => [m.id, m]));
  const docPage = options.docPage ?? ruleDocPage;
  const ruleIds = [...new Set(input.findings.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'hvlint',
        version: input.version,
        semanticVersion: input.version,
        informationUri: HOMEPAGE,
        rules: ruleIds.map((id) => ruleDescriptor(id, metas.get(id), docPage(id))),
      },
    },
    originalUriBaseIds: {
      [SRCROOT]: root
        ? {
            uri: directoryUri(root),
            description: { text: 'The repository root; file paths are relative to it.' },
          }
        : { description: { text: 'The repository root; file paths are relative to it.' } },
    },
    columnKind: 'utf16CodeUnits',
    invocations: [{ executionSuccessful: true }],
    results: withFingerprints(input.findings).map(([f, print]) => result(f, ruleIndex.get(f.ruleId)!, print)),
  };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

function ruleDescriptor(id: string, meta: RuleMeta | undefined, page: string | undefined): Record<string, unknown> {
  if (meta?.policy) return policyDescriptor(meta, meta.policy);
  const url = ruleDocUrl(id);
  const description = meta?.description ?? `Findings of the ${id} check.`;
  const markdown = page
    ? `${absoluteDocLinks(page).trimEnd()}\n\n[Documentation of ${id}](${url})`
    : `${description}\n\n[Documentation of ${id}](${url})`;
  const name = pascalCase(id);
  const descriptor: Record<string, unknown> = {
    id,
    // A friendly name must differ from the id (SARIF1001), so one-word ids have none.
    ...(name.toLowerCase() !== id.toLowerCase() ? { name } : {}),
    shortDescription: { text: description },
    fullDescription: { text: description },
    helpUri: url,
    help: { text: `${description} Documentation: ${url}`, markdown },
    defaultConfiguration: { level: LEVEL[meta?.severity ?? 'error'] },
  };
  if (meta) descriptor['properties'] = { tags: [meta.area] };
  return descriptor;
}

/** A custom policy: its own description and docs, never a docs/rules page (it has none). */
function policyDescriptor(meta: RuleMeta, policy: NonNullable<RuleMeta['policy']>): Record<string, unknown> {
  const url = policyDocsUrl(meta);
  const defined = `Custom policy defined in ${policy.file}.`;
  const docsText = policy.docs?.trim();
  let markdown: string;
  let text: string;
  if (url) {
    markdown = `${meta.description}\n\n[Documentation of ${meta.id}](${url})\n\n${defined}`;
    text = `${sentence(meta.description)} Documentation: ${url} ${defined}`;
  } else if (docsText) {
    markdown = `${docsText}\n\n${defined}`;
    text = `${sentence(meta.description)} ${docsText} ${defined}`;
  } else {
    markdown = `${meta.description}\n\n${defined}`;
    text = `${sentence(meta.description)} ${defined}`;
  }
  const name = pascalCase(meta.id);
  return {
    id: meta.id,
    ...(name.toLowerCase() !== meta.id.toLowerCase() ? { name } : {}),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.description },
    ...(url ? { helpUri: url } : {}),
    help: { text, markdown },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: [meta.area] },
  };
}

function result(finding: Finding, ruleIndex: number, print: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: messageText(finding) },
    locations: [{ physicalLocation: physicalLocation(finding.file, finding) }],
    partialFingerprints: { [FINGERPRINT_KEY]: print },
  };
  if (finding.related.length > 0) {
    out['relatedLocations'] = finding.related.map((r, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(r.file, r),
      message: { text: sentence(r.message) },
    }));
  }
  if (finding.suppressed) {
    const kind = finding.suppressed.kind === 'baseline' ? 'external' : 'inSource';
    out['suppressions'] = [{ kind, status: 'accepted', justification: finding.suppressed.reason }];
  }
  return out;
}

/** The message as a sentence; with related locations, embedded links to each of them. */
function messageText(finding: Finding): string {
  if (finding.related.length === 0) return sentence(finding.message);
  const links = finding.related.map((r, i) => `[${escapeLinkText(r.message)}](${i + 1})`);
  return `${escapeLinkText(finding.message)}. See ${links.join(', ')}.`;
}

/** SARIF messages are sentences: end with a period unless the text already ends a sentence. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Literal brackets and backslashes are escaped where a message has embedded links (SARIF §3.11.6). */
function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

function physicalLocation(file: string, range: Range): Record<string, unknown> {
  const region: Record<string, number> = {
    startLine: range.line,
    startColumn: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
  };
  if (range.endLine < range.line || (range.endLine === range.line && range.endColumn < range.column)) {
    region['endLine'] = range.line;
    region['endColumn'] = range.column;
  }
  const artifactLocation = file.startsWith(FILE_URI) ? { uri: file } : { uri: relativeUri(file), uriBaseId: SRCROOT };
  return { artifactLocation, region };
}

const FILE_URI = 'file:';

/**
 * Findings with their files (and related files) relative to `root` rather than `cwd`; a file
 * outside the root becomes an absolute `file:` URI. Unchanged when either is unknown or they are one.
 */
function rootRelative(findings: Finding[], cwd: string | undefined, root: string | undefined): Finding[] {
  if (!cwd || !root || path.resolve(cwd) === path.resolve(root)) return findings;
  const cache = new Map<string, string>();
  const rebase = (file: string): string => {
    let out = cache.get(file);
    if (out === undefined) {
      const absolute = path.resolve(cwd, file);
      const relative = path.relative(root, absolute);
      out =
        relative.startsWith('..') || path.isAbsolute(relative)
          ? pathToFileURL(absolute).href
          : relative.split(path.sep).join('/');
      cache.set(file, out);
    }
    return out;
  };
  return findings.map((f) => ({
    ...f,
    file: rebase(f.file),
    related: f.related.map((r) => ({ ...r, file: rebase(r.file) })),
  }));
}

/** A `/`-separated relative path as a URI reference (each segment percent-encoded). */
export function relativeUri(file: string): string {
  return file
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * A finding's identity across commits: what it is about, never where on the page it is, nor
 * the wording of its message (which may carry an age or a count that changes every run): the
 * baseline's identity (rule, message id, file, document kind and name, JSON path).
 */
export function fingerprint(finding: Finding): string {
  return createHash('sha256').update(fingerprintKey(finding)).digest('hex');
}

/**
 * Fingerprints for a run's findings. Two findings with one identity (one rule reporting twice at
 * one path) are told apart by their order, `:2`, `:3`, ..., as GitHub's own line hashes are.
 */
export function withFingerprints(findings: readonly Finding[]): Array<[Finding, string]> {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const print = fingerprint(f);
    const n = (seen.get(print) ?? 0) + 1;
    seen.set(print, n);
    return [f, n === 1 ? print : `${print}:${n}`];
  });
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

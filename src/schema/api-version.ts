/**
 * Documents that are meant to be manifests but would be skipped: a misspelt apiVersion
 * (`hvlnt/v1`, `hvlint.io/v1`) or a known kind with metadata or spec under another apiVersion
 * (`v1`, none). Other YAML (Kubernetes, Ansible, CI files) stays ignored.
 */
import type { EmittedFinding } from '../types.js';
import type { LoadedDocument } from '../load/document.js';
import { findNode, spanOf } from '../load/yaml/locate.js';
import { KINDS } from '../model/kinds.js';

export const API_VERSION = 'hvlint/v1';
const KNOWN_KINDS = new Map(KINDS.map((k) => [k.toLowerCase(), k]));

/** Levenshtein distance, bounded: stops counting past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Whether an apiVersion is a near miss of hvlint's (it does not start with `hvlint/`). */
export function isNearMissApiVersion(apiVersion: string): boolean {
  const lower = apiVersion.trim().toLowerCase();
  if (lower.includes('hvlint')) return true;
  return distance(lower, API_VERSION, 2) <= 2 || distance(lower.split('/')[0] ?? '', 'hvlint', 2) <= 2;
}

/**
 * Why a non-hvlint document looks like a manifest, as the finding's message, or undefined.
 * `value` is a YAML mapping whose apiVersion does not start with `hvlint/`.
 */
export function lookalikeMessage(value: Record<string, unknown>): string | undefined {
  const apiVersion = value['apiVersion'];
  const kind = typeof value['kind'] === 'string' ? KNOWN_KINDS.get(value['kind'].toLowerCase()) : undefined;
  const what = kind ? `this ${kind} document` : 'this document';
  if (typeof apiVersion === 'string' && isNearMissApiVersion(apiVersion))
    return `apiVersion "${apiVersion}" is not "${API_VERSION}", so ${what} is not checked: write apiVersion: ${API_VERSION}`;
  if (kind && ('metadata' in value || 'spec' in value)) {
    const got = apiVersion === undefined ? 'has no apiVersion' : `has apiVersion ${JSON.stringify(apiVersion)}`;
    return `document of kind ${kind} ${got}, so it is not checked: write apiVersion: ${API_VERSION}`;
  }
  return undefined;
}

/** The finding for a skipped document that looks like a manifest: on its apiVersion, else its kind; undefined when it does not. */
export function lookalikeFinding(doc: LoadedDocument): EmittedFinding | undefined {
  const message = lookalikeMessage(doc.value);
  if (!message) return undefined;
  const root = doc.root;
  const key = root?.map?.has('apiVersion') ? 'apiVersion' : 'kind';
  const node = root ? findNode(root, [key]) : undefined;
  const [start, end] = node?.exact ? spanOf(node.node, 'value', doc.source.text) : [doc.start, doc.start + 1];
  return {
    ruleId: 'manifest-api-version',
    message,
    file: doc.source.path,
    ...doc.source.range(start, end),
    related: [],
  };
}

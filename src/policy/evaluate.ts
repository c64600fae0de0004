/**
 * evaluate: compiled policies over the estate → findings. A policy's findings go through the
 * same path as a built-in rule's (reportToFinding: positions, related locations, document and
 * JSON path for baselines). Its own mistakes at run time (a CEL error, the cost limit) are
 * `policy` findings in the policy file, once per policy, and never stop the other rules.
 */
import type { EmittedFinding } from '../types.js';
import type { Estate } from '../model/estate.js';
import type { ManifestDocument } from '../model/document.js';
import type { JsonPath } from '../load/yaml/locate.js';
import type { RelatedReport, Rule, RuleMeta } from '../rules/types.js';
import { reportToFinding } from '../rules/run.js';
import { COLLECTIONS, EstateView, fromCel } from './bindings.js';
import { estimateCost, estimateSize, iteratedPath, type CostSizes, type SizePath } from './analyze.js';
import { backupCoverage } from '../model/backup.js';
import type { Kind } from '../model/kinds.js';
import {
  celMessage,
  parsePath,
  valueOffset,
  type CompiledPolicy,
  type PolicyExpression,
  type PolicyProblem,
  type Template,
} from './compile.js';

/** Default cost limit: estimated steps of one policy over the whole estate (docs/policies.md#cost). */
export const DEFAULT_POLICY_COST_LIMIT = 100_000_000;

/** The rule id of mistakes in policies. */
export const POLICY_MISTAKE = 'policy';

const views = new WeakMap<Estate, EstateView>();

/** The `estate` variable of a model: one per estate, shared by every policy. */
export function estateView(estate: Estate): EstateView {
  let view = views.get(estate);
  if (!view) views.set(estate, (view = new EstateView(estate)));
  return view;
}

/** A policy as a rule: its meta for `hvlint rules`, explain, SARIF and the config checks. */
export function policyMeta(policy: Pick<CompiledPolicy, 'id' | 'spec' | 'document'>): RuleMeta {
  return {
    id: policy.id,
    severity: policy.spec.severity,
    area: 'policy',
    description: policy.spec.description,
    fixable: false,
    messages: { policy: '{{message}}' },
    sources: [policy.spec.docs ?? `policy defined in ${policy.document.file}`],
    policy: { file: policy.document.file, ...(policy.spec.docs !== undefined ? { docs: policy.spec.docs } : {}) },
  };
}

export function policyRule(policy: CompiledPolicy): Rule {
  return { meta: policyMeta(policy), check: () => undefined };
}

/** A policy mistake as a finding in the policy file. */
export function problemFinding(problem: PolicyProblem): EmittedFinding {
  const doc = problem.document;
  let range = doc.locate(problem.field, 'value');
  if (problem.start !== undefined) {
    const at = doc.offsets(problem.field, 'value');
    const value = valueAt(doc, problem.field);
    if (at && typeof value === 'string') {
      const start = valueOffset(doc.source.text, at.start, at.end, value, problem.start);
      const end = valueOffset(
        doc.source.text,
        at.start,
        at.end,
        value,
        Math.max(problem.end ?? problem.start + 1, problem.start + 1),
      );
      range = doc.source.range(start, Math.max(end, start + 1));
    }
  }
  return {
    ruleId: POLICY_MISTAKE,
    message: problem.message,
    file: doc.file,
    ...range,
    related: [],
    document: { kind: doc.kind, name: doc.name },
    path: [...problem.field],
  };
}

function valueAt(doc: ManifestDocument, path: JsonPath): unknown {
  let value: unknown = doc.value;
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  return value;
}

export interface RunPoliciesOptions {
  /** Whether a policy is on (its severity is decided with every other finding's, in the filter stage). */
  enabled: (id: string) => boolean;
  costLimit?: number;
  timings?: Record<string, number>;
}

/** Run every policy that is on; findings of policies and of their mistakes. */
export function runPolicies(
  estate: Estate,
  policies: readonly CompiledPolicy[],
  options: RunPoliciesOptions,
): EmittedFinding[] {
  const findings: EmittedFinding[] = [];
  if (policies.length === 0) return findings;
  const view = estateView(estate);
  const limit = options.costLimit ?? DEFAULT_POLICY_COST_LIMIT;
  for (const policy of policies) {
    if (!options.enabled(policy.id)) continue;
    const start = options.timings ? performance.now() : 0;
    const matched = matchedDocuments(estate, policy);
    const over = overCostLimit(estate, policy, matched, limit);
    if (over) findings.push(problemFinding(over));
    else findings.push(...runPolicy(view, policy, matched));
    if (options.timings) options.timings[policy.id] = performance.now() - start;
  }
  return findings;
}

/** Mean join sizes of an estate, each computed on first use (once per estate). */
const joinSizes = new WeakMap<Estate, Map<string, number>>();

function meanJoinSize(estate: Estate, name: string): number {
  let table = joinSizes.get(estate);
  if (!table) joinSizes.set(estate, (table = new Map()));
  let size = table.get(name);
  if (size === undefined) table.set(name, (size = computeJoinSize(estate, name)));
  return size;
}

/** The mean size of a join's result over the documents it applies to (at least 1). */
function computeJoinSize(estate: Estate, name: string): number {
  const mean = (counts: number[]): number =>
    counts.length === 0 ? 1 : Math.max(1, Math.ceil(counts.reduce((a, b) => a + b, 0) / counts.length));
  const vms = estate.of('VirtualMachine');
  switch (name) {
    case 'hostsOf':
      return Math.max(
        mean(vms.map((vm) => estate.hostsAbleToRun(vm).length)),
        mean(estate.of('HyperVCluster').map((c) => estate.hostsOfCluster(c.name).length)),
      );
    case 'vmsOf': {
      const coverage = backupCoverage(estate);
      return Math.max(
        mean(estate.of('HyperVCluster').map((c) => estate.vmsOn('cluster', c.name).length)),
        mean(estate.of('HyperVHost').map((h) => estate.vmsOn('host', h.name).length)),
        mean(estate.of('BackupJob').map((j) => coverage.vmsOf(j).length)),
      );
    }
    case 'backupJobsOf':
    case 'backupTargetsOf': {
      const coverage = backupCoverage(estate);
      return mean(vms.map((vm) => coverage.targetsOf(vm).length));
    }
    case 'nlbNodesOf':
    case 'nodesOf':
      return mean(estate.of('NlbCluster').map((c) => c.spec.nodes.length));
    case 'uplinksOf':
      return mean(estate.of('HyperVHost').map((h) => (h.spec.nicTeams ?? []).length));
    case 'dcsOf': {
      const byDomain = new Map<string, number>();
      for (const dc of estate.of('DomainController'))
        byDomain.set(dc.spec.domain.toLowerCase(), (byDomain.get(dc.spec.domain.toLowerCase()) ?? 0) + 1);
      return mean([...byDomain.values()]);
    }
    case 'groupsByVlan':
      return mean(estate.of('Switch').map((s) => (s.spec.bridgeMulticastGroups ?? []).length));
    case 'drivesOf':
      return mean(vms.map((vm) => (vm.spec.controllers ?? []).reduce((n, c) => n + (c.drives ?? []).length, 0)));
    default:
      return 1;
  }
}

/**
 * Mean length of the list at a path over every place it reaches in the documents (0 when none
 * has it); over a sample of at most 2,000 documents spread over the list.
 */
export function meanListLength(documents: readonly ManifestDocument[], at: readonly string[]): number {
  let places = 0;
  let total = 0;
  const walk = (value: unknown, i: number): void => {
    if (i === at.length) {
      places++;
      if (Array.isArray(value)) total += value.length;
      else if (value !== null && typeof value === 'object') total += Object.keys(value).length;
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (at[i] === '[]') {
      if (Array.isArray(value)) for (const element of value) walk(element, i + 1);
      return;
    }
    if (Object.prototype.hasOwnProperty.call(value, at[i]!)) walk((value as Record<string, unknown>)[at[i]!], i + 1);
    else places++;
  };
  const step = Math.max(1, Math.floor(documents.length / 2000));
  for (let i = 0; i < documents.length; i += step) walk(documents[i]!.value, 0);
  return places === 0 ? 0 : total / places;
}

/** The documents a policy's kinds, names and labels select (before `where`). */
function matchedDocuments(estate: Estate, policy: CompiledPolicy): ManifestDocument[] {
  const out: ManifestDocument[] = [];
  for (const kind of policy.kinds) for (const doc of estate.of(kind as Kind)) if (selects(policy, doc)) out.push(doc);
  return out;
}

function selects(policy: CompiledPolicy, doc: ManifestDocument): boolean {
  if (policy.names.length > 0 && !policy.names.some((glob) => glob.match(doc.name))) return false;
  if (policy.labels.length === 0) return true;
  const labels = doc.labels;
  return policy.labels.every(
    ([key, value]) => Object.prototype.hasOwnProperty.call(labels, key) && labels[key] === value,
  );
}

export interface PolicyCost {
  /** Estimated steps over the whole estate. */
  total: number;
  /** Documents the policy's kinds, names and labels select. */
  matched: number;
  /** The costliest expression and its share. */
  worst: PolicyExpression;
}

/** The estimated cost of a policy over an estate (docs/policies.md#cost). */
export function policyCost(
  estate: Estate,
  policy: CompiledPolicy,
  matched: readonly ManifestDocument[] = matchedDocuments(estate, policy),
): PolicyCost {
  const collections: Record<string, number> = {};
  for (const [field, kind] of COLLECTIONS) collections[field] = estate.of(kind).length;
  const lists = new Map<string, number>();
  const sizes: CostSizes = {
    collections,
    join: (name) => meanJoinSize(estate, name),
    list: (at) => {
      const key = at.join('.');
      let size = lists.get(key);
      if (size === undefined) lists.set(key, (size = meanListLength(matched, at)));
      return size;
    },
    documentList: 16,
  };
  const parts: Array<[PolicyExpression, number]> = [];
  const add = (e: PolicyExpression | undefined, times: number, item?: SizePath): void => {
    if (e) parts.push([e, estimateCost(e.ast, sizes, item ? { item } : {}) * times]);
  };
  const item = policy.forEach ? iteratedPath(policy.forEach.ast) : undefined;
  const perItem = policy.forEach ? estimateSize(policy.forEach.ast, sizes) : 1;
  add(policy.where, 1);
  add(policy.forEach, 1);
  add(policy.assert, perItem, item);
  let total = 0;
  for (const [, cost] of parts) total += cost;
  total *= Math.max(matched.length, 1);
  const [worst] = parts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return { total, matched: matched.length, worst };
}

/** The estimated cost of a policy over the estate, as a problem when it is over the limit. */
function overCostLimit(
  estate: Estate,
  policy: CompiledPolicy,
  matched: readonly ManifestDocument[],
  limit: number,
): PolicyProblem | undefined {
  const { total, worst } = policyCost(estate, policy, matched);
  if (total <= limit) return undefined;
  return {
    document: policy.document,
    field: worst.field,
    start: worst.offset,
    end: worst.offset + worst.source.length,
    message: `policy ${policy.id} stopped: its estimated cost over this estate (${formatCount(total)} steps for ${matched.length} matched documents) is over the limit of ${formatCount(limit)}: join through estate functions such as estate.hostsOf(self) instead of scanning a collection per document, or raise limits.policyCost`,
  };
}

function formatCount(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(n >= 1e7 ? 0 : 1)} million` : String(Math.round(n));
}

interface RuntimeFailure {
  expression: PolicyExpression;
  message: string;
  example: ManifestDocument;
  count: number;
}

function runPolicy(view: EstateView, policy: CompiledPolicy, matched: readonly ManifestDocument[]): EmittedFinding[] {
  const findings: EmittedFinding[] = [];
  const rule = policyRule(policy);
  let failure: RuntimeFailure | undefined;
  const fail = (expression: PolicyExpression, error: unknown, doc: ManifestDocument): void => {
    if (failure) failure.count++;
    else failure = { expression, message: celMessage(error), example: doc, count: 1 };
  };
  const run = (
    expression: PolicyExpression,
    context: Record<string, unknown>,
    doc: ManifestDocument,
  ): { ok: boolean; value?: unknown } => {
    try {
      return { ok: true, value: expression.run(context) };
    } catch (error) {
      fail(expression, error, doc);
      return { ok: false };
    }
  };
  // Documents become CEL values only when a policy looks at them (src/policy/bindings.ts: once per run).
  for (const doc of matched) {
    const context: Record<string, unknown> = { self: view.doc(doc), estate: view };
    if (policy.where) {
      const where = run(policy.where, context, doc);
      if (!where.ok) continue;
      if (where.value !== true) {
        if (where.value !== false)
          fail(policy.where, new Error(`match.where must give a bool; got ${describe(where.value)}`), doc);
        continue;
      }
    }
    let items: unknown[] = [undefined];
    if (policy.forEach) {
      const each = run(policy.forEach, context, doc);
      if (!each.ok) continue;
      if (!Array.isArray(each.value)) {
        fail(policy.forEach, new Error(`forEach must give a list; got ${describe(each.value)}`), doc);
        continue;
      }
      items = each.value;
    }
    for (let i = 0; i < items.length; i++) {
      const itemContext = policy.forEach ? { ...context, item: items[i], index: BigInt(i) } : context;
      const verdict = run(policy.assert, itemContext, doc);
      if (!verdict.ok || verdict.value === true) continue;
      if (verdict.value !== false) {
        fail(policy.assert, new Error(`assert must give a bool; got ${describe(verdict.value)}`), doc);
        continue;
      }
      const message = fill(policy.message, itemContext, doc, fail);
      const at = fill(policy.at, itemContext, doc, fail);
      if (message === undefined || at === undefined) continue;
      const path = parsePath(at);
      if (!path) {
        fail(
          (policy.at.parts.find((p) => typeof p !== 'string') as PolicyExpression) ?? policy.assert,
          new Error(`at gave "${at}", which is not a path`),
          doc,
        );
        continue;
      }
      let related: RelatedReport[] = [];
      if (policy.related) {
        const value = run(policy.related, itemContext, doc);
        if (!value.ok) continue;
        const list = relatedOf(view, value.value);
        if (typeof list === 'string') {
          fail(policy.related, new Error(list), doc);
          continue;
        }
        related = list;
      }
      findings.push(
        reportToFinding(rule, {
          doc,
          path,
          target: policy.atTarget,
          messageId: 'policy',
          data: { message },
          related,
        }),
      );
    }
  }
  if (failure) {
    const { expression, message, example, count } = failure;
    const others = count > 1 ? ` (and ${count - 1} more evaluation${count > 2 ? 's' : ''})` : '';
    findings.push(
      problemFinding({
        document: policy.document,
        field: expression.field,
        start: expression.offset,
        end: expression.offset + expression.source.length,
        message: `policy ${policy.id} failed on ${example.ref} (${example.file}:${example.locate([]).line})${others}: ${message}: guard the expression, for example with has(...)`,
      }),
    );
  }
  return findings;
}

function fill(
  template: Template,
  context: Record<string, unknown>,
  doc: ManifestDocument,
  fail: (expression: PolicyExpression, error: unknown, doc: ManifestDocument) => void,
): string | undefined {
  let text = '';
  for (const part of template.parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    try {
      text += display(part.run(context));
    } catch (error) {
      fail(part, error, doc);
      return undefined;
    }
  }
  return text;
}

/** How a CEL value reads inside a message. */
export function display(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return value.map(display).join(', ');
  return JSON.stringify(fromCel(value));
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'bigint') return `int ${value}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** `related` gives a list of {doc, at?, message?}; a string is what is wrong with it. */
function relatedOf(view: EstateView, value: unknown): RelatedReport[] | string {
  if (!Array.isArray(value)) return `related must give a list of maps with doc, at and message; got ${describe(value)}`;
  const out: RelatedReport[] = [];
  for (const entry of value) {
    const fields = entry instanceof Map ? Object.fromEntries(entry) : (entry as Record<string, unknown>);
    const doc = view.documentOf(fields?.['doc'] ?? entry);
    if (!doc) return 'each related entry needs doc: a document from estate (or self)';
    const at = fields?.['at'];
    const path = typeof at === 'string' ? parsePath(at) : ['metadata', 'name'];
    if (!path) return `related at "${String(at)}" is not a path`;
    const message = fields?.['message'];
    out.push({ doc, path, message: typeof message === 'string' ? message : `${doc.kind} "${doc.name}"` });
  }
  return out;
}

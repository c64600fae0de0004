/**
 * evaluate: compiled policies over the estate → findings. A policy's findings go through the
 * same path as a built-in rule's (reportToFinding: positions, related locations, document and
 * JSON path for baselines). Its own mistakes at run time (a CEL error, the cost limit) are
 * `policy` findings in the policy file, once per policy, and never stop the other rules.
 */
import type { EmittedFinding } from '../types.js';
import type { Estate } from '../model/estate.js';
import type { ManifestDocument } from '../model/document.js';
import type { JsonPath } from '../load/locate.js';
import type { RelatedReport, Rule, RuleMeta } from '../rules/types.js';
import { reportToFinding } from '../rules/run.js';
import { COLLECTIONS, EstateView, fromCel } from './bindings.js';
import { estimateCost } from './analyze.js';
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
    const over = overCostLimit(estate, view, policy, limit);
    if (over) findings.push(problemFinding(over));
    else findings.push(...runPolicy(view, policy));
    if (options.timings) options.timings[policy.id] = performance.now() - start;
  }
  return findings;
}

function costSizes(estate: Estate) {
  const count = (kind: Parameters<Estate['of']>[0]): number => estate.of(kind).length;
  const collections: Record<string, number> = {};
  for (const [field, kind] of COLLECTIONS) collections[field] = count(kind);
  return {
    collections,
    joins: {
      // Failover clusters have at most 64 nodes, NLB clusters 32; the rest are bounded by the estate.
      hostsOf: Math.min(64, count('HyperVHost')),
      vmsOf: count('VirtualMachine'),
      backupJobsOf: count('BackupJob'),
      backupTargetsOf: count('BackupJob'),
      nlbNodesOf: count('NlbCluster'),
      nodesOf: 32,
      uplinksOf: 16,
      dcsOf: count('DomainController'),
      groupsByVlan: 4094,
      drivesOf: 256,
    },
    documentList: 64,
  };
}

/** The estimated cost of a policy over the estate, as a problem when it is over the limit. */
function overCostLimit(
  estate: Estate,
  view: EstateView,
  policy: CompiledPolicy,
  limit: number,
): PolicyProblem | undefined {
  const sizes = costSizes(estate);
  const matched = policy.kinds.reduce((sum, kind) => sum + (view.collection(kind as never).length ?? 0), 0);
  const parts: Array<[PolicyExpression, number]> = [];
  const add = (e: PolicyExpression | undefined, times: number): void => {
    if (e) parts.push([e, estimateCost(e.ast, sizes) * times]);
  };
  const perItem = policy.forEach ? sizes.documentList : 1;
  add(policy.where, 1);
  add(policy.forEach, 1);
  add(policy.assert, perItem);
  let total = 0;
  for (const [, cost] of parts) total += cost;
  total *= Math.max(matched, 1);
  if (total <= limit) return undefined;
  const [worst] = parts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return {
    document: policy.document,
    field: worst.field,
    start: worst.offset,
    end: worst.offset + worst.source.length,
    message: `policy ${policy.id} stopped: its estimated cost over this estate (${formatCount(total)} steps for ${matched} matched documents) is over the limit of ${formatCount(limit)}: join through estate functions such as estate.hostsOf(self) instead of scanning a collection per document, or raise limits.policyCost`,
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

function runPolicy(view: EstateView, policy: CompiledPolicy): EmittedFinding[] {
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
  for (const kind of policy.kinds) {
    for (const celDoc of view.collection(kind as never)) {
      const doc = view.documentOf(celDoc)!;
      if (policy.names.length > 0 && !policy.names.some((glob) => glob.match(doc.name))) continue;
      if (
        policy.labels.some(
          ([key, value]) => !Object.prototype.hasOwnProperty.call(doc.labels, key) || doc.labels[key] !== value,
        )
      )
        continue;
      const context: Record<string, unknown> = { self: celDoc, estate: view };
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

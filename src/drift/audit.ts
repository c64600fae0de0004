/**
 * The drift audit: the same pipeline as lint with a second source.
 *
 *   manifests ─ discover → load → schema → model (declared estate) ─┐
 *   inventory ─ read → parse (PowerShell JSON, switch configs) ──────┴→ observed estate
 *   → compare (drift findings at the manifests) + the rule pack on the observed estate
 *   → filter → report
 *
 * Policy findings on the live estate are kept only when the declared estate does not have the
 * same one: those are what the manifests keep but reality breaks. They carry the rule's own id
 * and a "live estate: " prefix, and point at the inventory file the offending part came from.
 */
import type { EmittedFinding, Finding } from '../types.js';
import { discover } from '../discover/index.js';
import { fileFinding, type FileReader } from '../load/index.js';
import type { SourceFile } from '../load/source.js';
import type { ManifestDocument } from '../model/document.js';
import { Estate } from '../model/estate.js';
import { CATALOGUE, MODEL_RULES } from '../rules/index.js';
import { runRules } from '../rules/run.js';
import { fillMessage, type Rule } from '../rules/types.js';
import type { Config } from '../config/types.js';
import { entrySeverity } from '../config/types.js';
import { compareFindings } from '../filter/index.js';
import { assignSeverities } from '../filter/severity.js';
import { emptyPaths, loadAndValidate, resolveLimits, ruleSetting, lintTexts } from '../lint.js';
import { parseInventory, readInventoryFiles, type InventoryInput } from './inventory/index.js';
import type { Inventory, InventoryProblem } from './inventory/types.js';
import { buildObservedEstate, ObservedDocument } from './observed.js';
import { compareEstates, DriftReporter } from './compare.js';
import { driftRule, DRIFT_RULE_IDS } from '../rules/drift.js';

export const LIVE_PREFIX = 'live estate: ';

export interface DriftOptions {
  cwd: string;
  /** The inventory directory (relative to cwd or absolute). */
  inventory: string;
  /** Manifest files and directories; default: cwd. */
  paths?: string[];
  config?: Config;
  now?: Date;
  reader?: FileReader;
  /** Policy rules to run on the live estate; default: all of them. */
  rules?: Rule[];
}

export interface DriftSummary {
  inventory: string;
  /** When the newest host directory was collected: the clock the live estate's rules ran with. */
  collectedAt?: string;
  /** Audited host directories, by host name, with when they were collected. */
  hosts: Array<{ name: string; collectedAt?: string }>;
  switches: string[];
  /** How many declared or observed objects were compared, by kind. */
  compared: { vms: number; nlbClusters: number; switches: number };
  /** Unsuppressed findings by category. */
  counts: { drift: number; live: number; inventory: number; manifests: number };
}

export interface DriftResult {
  findings: Finding[];
  /** Manifest files plus inventory files read. */
  files: number;
  /** Declared manifests found. */
  documents: number;
  sources: Map<string, SourceFile>;
  declared: Estate;
  observed: Estate;
  inventory: Inventory;
  summary: DriftSummary;
  /** Given manifest paths that do not exist (set by `drift()`). */
  missing?: string[];
  /** Given manifest paths under which no hvlint manifest was found (set by `drift()`). */
  empty?: string[];
}

export type FindingCategory = 'drift' | 'live' | 'inventory' | 'manifests';

/** Which part of the drift report a finding belongs to. */
export function categoryOf(finding: Finding): FindingCategory {
  if (finding.ruleId.startsWith('drift-inventory')) return 'inventory';
  if (DRIFT_RULE_IDS.has(finding.ruleId)) return 'drift';
  if (finding.message.startsWith(LIVE_PREFIX)) return 'live';
  return 'manifests';
}

/** Audit manifests on disk against an inventory directory. */
export async function drift(options: DriftOptions): Promise<DriftResult> {
  const config = options.config ?? {};
  const paths = options.paths && options.paths.length > 0 ? options.paths : ['.'];
  const { files, missing } = discover({
    cwd: options.cwd,
    paths,
    include: config.include,
    exclude: config.exclude,
    base: config.root ?? options.cwd,
  });
  const loaded = loadAndValidate(files, resolveLimits(config), options.reader);
  const findings = [
    ...missing.map((p) => fileFinding(p, 'file-unreadable', `"${p}" does not exist: check the path`)),
    ...loaded.findings,
  ];
  const inventory = parseInventory(readInventoryFiles(options.cwd, options.inventory));
  const result = audit(
    { documents: loaded.documents, findings, sources: loaded.sources, files: files.length },
    inventory,
    config,
    options.now ?? new Date(),
    options.rules ?? MODEL_RULES,
  );
  return { ...result, missing, empty: emptyPaths(paths, missing, files, loaded.documents) };
}

/** The same audit over in-memory manifests (name → text) and inventory files: for tests and the docs checker. */
export function driftTexts(
  manifests: Record<string, string>,
  inventory: InventoryInput,
  options: { config?: Config; now?: Date; rules?: Rule[] } = {},
): DriftResult {
  const config = options.config ?? {};
  // lintTexts with no rules: just load and validate.
  const loaded = lintTexts(manifests, { config, rules: [] });
  return audit(
    { documents: loaded.estate.documents, findings: loaded.findings, sources: loaded.sources, files: loaded.files },
    parseInventory(inventory),
    config,
    options.now ?? new Date(),
    options.rules ?? MODEL_RULES,
  );
}

interface LoadedManifests {
  documents: ManifestDocument[];
  findings: EmittedFinding[];
  sources: Map<string, SourceFile>;
  files: number;
}

function audit(loaded: LoadedManifests, inventory: Inventory, config: Config, now: Date, rules: Rule[]): DriftResult {
  // Policy documents are rules, not the estate (src/policy/).
  const manifests = loaded.documents.filter((doc) => doc.kind !== 'Policy');
  const declared = new Estate(manifests);
  const built = buildObservedEstate(declared, inventory);
  const observed = new Estate(built.documents);
  const enabled = (ruleId: string): boolean => {
    const entry = config.rules?.[ruleId];
    const overridden = (config.overrides ?? []).some(
      (o) => o.rules[ruleId] !== undefined && entrySeverity(o.rules[ruleId]!) !== 'off',
    );
    return !(entry !== undefined && entrySeverity(entry) === 'off' && !overridden);
  };

  const findings: EmittedFinding[] = [...loaded.findings];
  for (const problem of [...inventory.problems, ...built.problems])
    if (enabled(problem.ruleId)) findings.push(problemFinding(problem));
  findings.push(...compareEstates(built, inventory, new DriftReporter(enabled)));
  // Ages (checkpoints) are judged as of the inventory, on both estates so their findings compare.
  const collectedAt = inventory.hosts
    .map((h) => h.collectedAt)
    .filter((t): t is string => t !== undefined)
    .sort()
    .pop();
  findings.push(...livePolicyFindings(declared, observed, rules, config, collectedAt ? new Date(collectedAt) : now));

  const filtered = assignSeverities(findings, CATALOGUE, config).sort(compareFindings);
  const sources = new Map(loaded.sources);
  for (const [file, source] of inventory.sources) sources.set(file, source);
  const counts = { drift: 0, live: 0, inventory: 0, manifests: 0 };
  for (const finding of filtered) if (!finding.suppressed) counts[categoryOf(finding)]++;
  const summary: DriftSummary = {
    inventory: inventory.root,
    ...(collectedAt ? { collectedAt } : {}),
    hosts: inventory.hosts.map((h) =>
      h.collectedAt ? { name: h.name, collectedAt: h.collectedAt } : { name: h.name },
    ),
    switches: inventory.switches.map((s) => s.name),
    compared: {
      vms: built.vms.filter((p) => p.declared && p.observed).length,
      nlbClusters: built.nlbClusters.filter((p) => p.declared && p.observed).length,
      switches: built.switches.filter((p) => p.declared).length,
    },
    counts,
  };
  return {
    findings: filtered,
    files: loaded.files + inventory.files,
    documents: manifests.length,
    sources,
    declared,
    observed,
    inventory,
    summary,
  };
}

function problemFinding(problem: InventoryProblem): EmittedFinding {
  const meta = driftRule(problem.ruleId);
  const { source, start, end } = problem.at;
  return {
    ruleId: problem.ruleId,
    messageId: problem.messageId,
    message: fillMessage(meta.messages[problem.messageId] ?? problem.messageId, problem.data),
    file: source.path,
    ...source.range(start, end),
    related: [],
  };
}

/**
 * The rule pack on the live estate, minus what it also finds in the declared estate. Findings on
 * observed documents are moved to the inventory record their path came from.
 */
function livePolicyFindings(
  declared: Estate,
  observed: Estate,
  rules: Rule[],
  config: Config,
  now: Date,
): EmittedFinding[] {
  const settingFor = (rule: Rule) => ruleSetting(rule, config);
  const identity = (f: EmittedFinding): string =>
    `${f.ruleId}\u0000${f.document?.kind ?? ''}\u0000${(f.document?.name ?? '').toLowerCase()}\u0000${f.message}`;
  const known = new Set(runRules(declared, rules, settingFor, now).map(identity));
  const observedDocs = new Map<string, ObservedDocument>();
  for (const doc of observed.documents)
    if (doc instanceof ObservedDocument) observedDocs.set(`${doc.kind}\u0000${doc.name.toLowerCase()}`, doc);
  const out: EmittedFinding[] = [];
  for (const finding of runRules(observed, rules, settingFor, now)) {
    if (known.has(identity(finding))) continue;
    const doc = finding.document
      ? observedDocs.get(`${finding.document.kind}\u0000${finding.document.name.toLowerCase()}`)
      : undefined;
    const moved = { ...finding, message: `${LIVE_PREFIX}${finding.message}` };
    if (doc && finding.file === doc.file) {
      const at = doc.originOf(finding.path ?? []);
      Object.assign(moved, { file: at.source.path, ...at.source.range(at.start, at.end) });
      // Fixes edit manifests; a finding in an inventory file has none to offer.
      delete moved.fix;
    }
    out.push(moved);
  }
  return out;
}

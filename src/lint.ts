/**
 * The library entry point: one pipeline, one direction.
 * discover → load → schema → model → rules → filter. Reporters take the result from here.
 */
import * as path from 'node:path';
import type { EmittedFinding, Finding } from './types.js';
import { discover, type DiscoveredFile } from './discover/index.js';
import { fileFinding, nodeFileReader, type FileReader } from './load/index.js';
import { DEFAULT_LIMITS, type Limits } from './load/yaml/yaml.js';
import type { SourceFile } from './load/source.js';
import type { ManifestDocument } from './model/document.js';
import { Estate } from './model/estate.js';
import { CATALOGUE, MODEL_RULES } from './rules/index.js';
import type { Catalogue } from './rules/catalogue.js';
import { runRules, type RuleSetting } from './rules/run.js';
import type { Rule, RuleMeta } from './rules/types.js';
import { entryOptions, entrySeverity, type Config } from './config/types.js';
import { applyFilters } from './filter/index.js';
import { readBaselineFile, type Baseline, type BaselineOutcome } from './filter/baseline.js';
import { checkFile, checkText, type CheckedFile } from './pipeline/check-file.js';
import { checkFilesParallel, workerThreadsFor } from './pipeline/parallel.js';
import { runPolicies, policyRule, problemFinding } from './policy/evaluate.js';
import type { PolicySet } from './policy/load.js';

export interface LintOptions {
  /** Directory that paths, globs and reported file names are relative to. */
  cwd: string;
  /** Files and directories to lint; default: cwd. */
  paths?: string[];
  config?: Config;
  /** The clock for age-based rules; default: now. */
  now?: Date;
  /** Reads files; a custom reader keeps loading on the main thread. */
  reader?: FileReader;
  /** Worker threads for loading and validating; default: by estate size (src/pipeline/parallel.ts); 0 or 1: none. */
  threads?: number;
  /** The rules to run; default: every model rule (MODEL_RULES). */
  rules?: Rule[];
  /** The catalogue: default severities and known ids; default: the built-in one (rules/index.ts), */
  /** or one with run-time entries such as user policies (`CATALOGUE.with([...])`). */
  catalogue?: Catalogue;
  /**
   * Findings to accept (src/filter/baseline.ts), or the path of a baseline file relative to
   * cwd: matched findings come back marked suppressed. A bad file throws BaselineError.
   */
  baseline?: Baseline | string;
}

export interface LintResult {
  findings: Finding[];
  /** Files read. */
  files: number;
  /** hvlint documents found. */
  documents: number;
  /** Decoded sources by display path, for reporters that show source lines and for fixes. */
  sources: Map<string, SourceFile>;
  estate: Estate;
  /** Set when a baseline was given: how many findings it matched and how many of its entries are fixed. */
  baseline?: BaselineOutcome;
  /** Milliseconds per phase, and per rule within `rules` (for HVLINT_TIMING and the benchmark). */
  timings: Timings;
  /** Given paths that do not exist. */
  missing: string[];
  /** Given paths (or `.`, when none were given) under which no hvlint manifest was found: nothing there was checked. */
  empty: string[];
}

export interface Timings {
  discover: number;
  load: number;
  model: number;
  rules: number;
  /** Custom policies (src/policy/). */
  policies: number;
  filter: number;
  byRule: Record<string, number>;
}

interface Loaded {
  documents: ManifestDocument[];
  findings: EmittedFinding[];
  sources: Map<string, SourceFile>;
}

export function resolveLimits(config: Config | undefined): Limits {
  return { ...DEFAULT_LIMITS, ...(config?.limits ?? {}) };
}

/** Load and validate already-discovered files: the part of the pipeline before the model. */
export function loadAndValidate(files: DiscoveredFile[], limits: Limits, reader: FileReader = nodeFileReader): Loaded {
  return collect(files.map((entry) => checkFile(entry, limits, reader)));
}

/** Gather checked files' documents, findings and sources, in file order. */
function collect(files: Iterable<CheckedFile>): Loaded {
  const loaded: Loaded = { documents: [], findings: [], sources: new Map() };
  for (const file of files) {
    if (file.source) loaded.sources.set(file.file, file.source);
    for (const finding of file.findings) loaded.findings.push(finding);
    for (const doc of file.documents) loaded.documents.push(doc);
  }
  return loaded;
}

/** The rest of the pipeline, the same for files on disk and in memory: model → rules → filter. */
function check(
  loaded: Loaded,
  options: {
    config: Config;
    now: Date;
    rules: Rule[];
    catalogue: Catalogue | undefined;
    baseline?: Baseline;
    cwd?: string;
    files: number;
  },
  timings: Timings,
  findings: EmittedFinding[] = [],
): LintResult {
  let mark = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const ms = now - mark;
    mark = now;
    return ms;
  };
  // Policy documents describe rules, not the estate (src/policy/): keep them out of the model and the count.
  const manifests = loaded.documents.filter((doc) => doc.kind !== 'Policy');
  const estate = new Estate(manifests);
  timings.model = lap();
  findings.push(
    ...loaded.findings,
    ...runRules(estate, options.rules, (rule) => ruleSetting(rule, options.config), options.now, timings.byRule),
  );
  timings.rules = lap();
  const policySet = options.config.policySet;
  findings.push(...unlistedPolicies(loaded.documents, policySet));
  if (policySet) {
    for (const [file, source] of policySet.sources) loaded.sources.set(file, source);
    findings.push(
      ...policySet.findings,
      ...runPolicies(estate, policySet.policies, {
        enabled: (id) => {
          const rule = policySet.policies.find((p) => p.id === id);
          return rule !== undefined && ruleSetting(policyRule(rule), options.config) !== undefined;
        },
        costLimit: options.config.limits?.policyCost,
        timings: timings.byRule,
      }),
    );
  }
  timings.policies = lap();
  const filtered = applyFilters(findings, {
    config: options.config,
    cwd: options.cwd,
    sources: loaded.sources,
    now: options.now,
    catalogue: catalogueFor(options.rules, options.catalogue, options.config.policySet),
    baseline: options.baseline,
  });
  timings.filter = lap();
  return {
    missing: [],
    empty: [],
    findings: filtered.findings,
    files: options.files,
    documents: manifests.length,
    sources: loaded.sources,
    estate,
    ...(filtered.baseline ? { baseline: filtered.baseline } : {}),
    timings,
  };
}

function newTimings(): Timings {
  return { discover: 0, load: 0, model: 0, rules: 0, policies: 0, filter: 0, byRule: {} };
}

export async function lint(options: LintOptions): Promise<LintResult> {
  const config = options.config ?? {};
  const limits = resolveLimits(config);
  const baseline =
    typeof options.baseline === 'string'
      ? readBaselineFile(path.resolve(options.cwd, options.baseline))
      : options.baseline;
  const timings = newTimings();
  let mark = performance.now();
  const paths = options.paths && options.paths.length > 0 ? options.paths : ['.'];
  const discovered = discover({
    cwd: options.cwd,
    paths,
    include: config.include,
    exclude: config.exclude,
    base: config.root ?? options.cwd,
  });
  // Policy files are loaded with the config (src/policy/load.ts), not as manifests.
  const policyFiles = config.policySet?.files;
  const files = policyFiles ? discovered.files.filter((f) => !policyFiles.has(f.absolute)) : discovered.files;
  const missing = discovered.missing;
  const findings: EmittedFinding[] = missing.map((p) =>
    fileFinding(p, 'file-unreadable', `"${p}" does not exist: check the path`),
  );
  timings.discover = performance.now() - mark;
  mark = performance.now();
  const threads = options.reader ? 0 : workerThreadsFor(files, options.threads);
  const loaded =
    threads > 1
      ? collect(await checkFilesParallel(files, limits, threads))
      : loadAndValidate(files, limits, options.reader);
  timings.load = performance.now() - mark;
  const result = check(
    loaded,
    {
      config,
      now: options.now ?? new Date(),
      rules: options.rules ?? MODEL_RULES,
      catalogue: options.catalogue,
      baseline,
      cwd: options.cwd,
      files: files.length,
    },
    timings,
    findings,
  );
  result.missing = missing;
  result.empty = emptyPaths(paths, missing, files, loaded.documents);
  return result;
}

/** The given paths that exist but led to no hvlint manifest. */
export function emptyPaths(
  paths: readonly string[],
  missing: readonly string[],
  files: readonly DiscoveredFile[],
  documents: readonly ManifestDocument[],
): string[] {
  const originsOf = new Map(files.map((f) => [f.file, f.origins]));
  const checked = new Set<number>();
  for (const doc of documents) for (const origin of originsOf.get(doc.source.path) ?? []) checked.add(origin);
  const absent = new Set(missing);
  return paths.filter((p, i) => !checked.has(i) && !absent.has(p));
}

/**
 * Lint in-memory files (name → text): the same pipeline without discovery. Used by tests,
 * the docs checker and anything that has manifests in hand rather than on disk.
 */
export function lintTexts(
  files: Record<string, string>,
  options: { config?: Config; now?: Date; rules?: Rule[]; catalogue?: Catalogue; baseline?: Baseline } = {},
): LintResult {
  const config = options.config ?? {};
  const limits = resolveLimits(config);
  const timings = newTimings();
  const mark = performance.now();
  const names = Object.keys(files).sort();
  const loaded = collect(names.map((file) => checkText(file, files[file]!, limits)));
  timings.load = performance.now() - mark;
  return check(
    loaded,
    {
      config,
      now: options.now ?? new Date(),
      rules: options.rules ?? MODEL_RULES,
      catalogue: options.catalogue,
      baseline: options.baseline,
      files: names.length,
    },
    timings,
  );
}

/** A rule runs unless it is off everywhere; severities are decided later, in the filter stage. */
export function ruleSetting(rule: Rule, config: Config): RuleSetting | undefined {
  const entry = config.rules?.[rule.meta.id];
  const overridden = (config.overrides ?? []).some(
    (o) => o.rules[rule.meta.id] !== undefined && entrySeverity(o.rules[rule.meta.id]!) !== 'off',
  );
  if (entry !== undefined && entrySeverity(entry) === 'off' && !overridden) return undefined;
  return { options: entry !== undefined ? entryOptions(entry) : {} };
}

/**
 * The catalogue a run uses: the given one (the built-in catalogue, or one with user policies
 * registered), plus the config's policies and any rule being run that it does not hold yet.
 */
function catalogueFor(rules: readonly Rule[], catalogue: Catalogue = CATALOGUE, policies?: PolicySet): Catalogue {
  const extra = new Map<string, RuleMeta>();
  for (const meta of [...rules.map((rule) => rule.meta), ...(policies?.metas ?? [])])
    if (!catalogue.has(meta.id) && !extra.has(meta.id)) extra.set(meta.id, meta);
  return extra.size === 0 ? catalogue : catalogue.with([...extra.values()]);
}

/** Policy documents among the linted files that no `policies:` entry names: they do not run, so say so. */
function unlistedPolicies(documents: readonly ManifestDocument[], set: PolicySet | undefined): EmittedFinding[] {
  const findings: EmittedFinding[] = [];
  for (const doc of documents) {
    if (doc.kind !== 'Policy') continue;
    findings.push({
      ...problemFinding({
        document: doc,
        field: ['kind'],
        message: `Policy "${doc.name}" is not run: list ${doc.file} under policies: in .hvlint.yml${set ? '' : ' (there is no config with policies)'}`,
      }),
      defaultSeverity: 'notice',
    });
  }
  return findings;
}

/**
 * The library entry point: one pipeline, one direction.
 * discover → load → schema → model → rules → filter. Reporters take the result from here.
 */
import * as path from 'node:path';
import type { Finding } from './types.js';
import { discover, type DiscoveredFile } from './discover/index.js';
import { loadFile, fileFinding, nodeFileReader, parseManifests, type FileReader } from './load/index.js';
import { DEFAULT_LIMITS, type Limits } from './load/yaml.js';
import type { SourceFile } from './load/source.js';
import type { ManifestDocument } from './model/document.js';
import { validateDocument } from './schema/index.js';
import { Estate } from './model/estate.js';
import { MODEL_RULES, allRuleMeta } from './rules/index.js';
import { runRules } from './rules/run.js';
import type { Rule } from './rules/types.js';
import { entryOptions, entrySeverity, type Config } from './config/types.js';
import { applyFilters } from './filter/index.js';
import { readBaselineFile, type Baseline, type BaselineOutcome } from './filter/baseline.js';
import { discoveryGlobs } from './config/globs.js';
import { loadAndValidateParallel, workerThreadsFor } from './load/parallel.js';

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
  /** Worker threads for loading and validating; default: by estate size (src/load/parallel.ts); 0 or 1: none. */
  threads?: number;
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
}

export function resolveLimits(config: Config | undefined): Limits {
  return { ...DEFAULT_LIMITS, ...(config?.limits ?? {}) };
}

/** Load and validate already-discovered files: the part of the pipeline before the model. */
export function loadAndValidate(files: DiscoveredFile[], limits: Limits, reader: FileReader = nodeFileReader): { documents: ManifestDocument[]; findings: Finding[]; sources: Map<string, SourceFile> } {
  const documents: ManifestDocument[] = [];
  const findings: Finding[] = [];
  const sources = new Map<string, SourceFile>();
  for (const entry of files) {
    const loaded = loadFile(entry, limits, reader);
    if (loaded.source) sources.set(loaded.file, loaded.source);
    findings.push(...loaded.findings);
    for (const doc of loaded.manifests) {
      findings.push(...validateDocument(doc));
      documents.push(doc);
    }
  }
  return { documents, findings, sources };
}

export async function lint(options: LintOptions): Promise<LintResult> {
  const config = options.config ?? {};
  const limits = resolveLimits(config);
  const baseline = typeof options.baseline === 'string' ? readBaselineFile(path.resolve(options.cwd, options.baseline)) : options.baseline;
  const { files, missing } = discover({ cwd: options.cwd, paths: options.paths ?? [], ...discoveryGlobs(config, options.cwd) });
  const findings: Finding[] = missing.map((p) => fileFinding(p, 'file-unreadable', `"${p}" does not exist: check the path`));
  const threads = options.reader ? 0 : workerThreadsFor(files, options.threads);
  const loaded = threads > 1 ? await loadAndValidateParallel(files, limits, threads) : loadAndValidate(files, limits, options.reader);
  findings.push(...loaded.findings);
  const estate = new Estate(loaded.documents);
  const now = options.now ?? new Date();
  findings.push(...runRules(estate, MODEL_RULES, (rule) => ruleSetting(rule, config), now));
  const filtered = applyFilters(findings, { config, cwd: options.cwd, sources: loaded.sources, now, knownRuleIds: knownRuleIds(MODEL_RULES), baseline });
  return { findings: filtered.findings, files: files.length, documents: loaded.documents.length, sources: loaded.sources, estate, ...(filtered.baseline ? { baseline: filtered.baseline } : {}) };
}

/**
 * Lint in-memory files (name → text): the same pipeline without discovery. Used by tests,
 * the docs checker and anything that has manifests in hand rather than on disk.
 */
export function lintTexts(files: Record<string, string>, options: { config?: Config; now?: Date; rules?: Rule[]; baseline?: Baseline } = {}): LintResult {
  const config = options.config ?? {};
  const limits = resolveLimits(config);
  const findings: Finding[] = [];
  const documents: ManifestDocument[] = [];
  const sources = new Map<string, SourceFile>();
  for (const file of Object.keys(files).sort()) {
    const loaded = parseManifests(file, files[file]!, limits);
    if (loaded.source) sources.set(file, loaded.source);
    findings.push(...loaded.findings);
    for (const doc of loaded.manifests) {
      findings.push(...validateDocument(doc));
      documents.push(doc);
    }
  }
  const estate = new Estate(documents);
  const now = options.now ?? new Date();
  const rules = options.rules ?? MODEL_RULES;
  findings.push(...runRules(estate, rules, (rule) => ruleSetting(rule, config), now));
  const filtered = applyFilters(findings, { config, sources, now, knownRuleIds: knownRuleIds(rules), baseline: options.baseline });
  return { findings: filtered.findings, files: Object.keys(files).length, documents: documents.length, sources, estate, ...(filtered.baseline ? { baseline: filtered.baseline } : {}) };
}

/** A rule runs unless it is off everywhere; per-path severities are applied afterwards. */
export function ruleSetting(rule: Rule, config: Config): { severity: Rule['meta']['severity']; options: Record<string, unknown> } | undefined {
  const entry = config.rules?.[rule.meta.id];
  const overridden = (config.overrides ?? []).some((o) => o.rules[rule.meta.id] !== undefined && entrySeverity(o.rules[rule.meta.id]!) !== 'off');
  if (entry !== undefined && entrySeverity(entry) === 'off' && !overridden) return undefined;
  return { severity: rule.meta.severity, options: entry !== undefined ? entryOptions(entry) : {} };
}

/** Ids a suppression comment may name: every registered rule, and any extra rules being run. */
function knownRuleIds(rules: readonly Rule[]): Set<string> {
  const ids = new Set(allRuleMeta().map((meta) => meta.id));
  for (const rule of rules) ids.add(rule.meta.id);
  return ids;
}

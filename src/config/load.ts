/**
 * Finding and reading `.hvlint.yml`. Errors in the config are findings with positions,
 * like any manifest's (rule `config`, or the yaml-* rules for YAML problems).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EmittedFinding, Finding } from '../types.js';
import { decode } from '../load/decode.js';
import { SourceFile } from '../load/source.js';
import { parseYaml } from '../load/yaml/yaml.js';
import { fileFinding } from '../load/index.js';
import { findNode, spanOf } from '../load/yaml/locate.js';
import { toDisplayPath } from '../discover/index.js';
import { commonDirectory } from '../util/paths.js';
import { CATALOGUE, allRuleMeta } from '../rules/index.js';
import { assignSeverities } from '../filter/severity.js';
import type { RuleMeta } from '../rules/types.js';
import { checkConfig } from './check.js';
import type { Config } from './types.js';
import { loadPolicies, policyFiles, type PolicySet } from '../policy/load.js';

export { CONFIG_NAMES } from './names.js';
import { CONFIG_NAMES } from './names.js';

/** The nearest config file from `start` upwards, or undefined. */
export function findConfig(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The config for linting `paths` (relative to cwd; none: cwd): the nearest config from the
 * folder that holds them all, upwards. A `.hvlint.yml` next to the manifests applies when
 * hvlint is pointed at them from elsewhere (`hvlint estate/`, the action's `paths:`).
 */
export function findConfigFor(cwd: string, paths: readonly string[]): string | undefined {
  const dirs = (paths.length > 0 ? paths : ['.']).map((p) => {
    const absolute = path.resolve(cwd, p);
    return fs.statSync(absolute, { throwIfNoEntry: false })?.isDirectory() === false
      ? path.dirname(absolute)
      : absolute;
  });
  // Paths on different drives (Windows) share no folder: the config is looked for from cwd.
  return findConfig(commonDirectory(dirs) ?? cwd);
}

export interface LoadedConfig {
  /** The valid part of the config (with `root` set); `{}` when there is none. */
  config: Config;
  /** Display path of the config file; undefined when none was found (or `explicit` does not exist). */
  file: string | undefined;
  findings: Finding[];
  source?: SourceFile;
}

export interface LoadConfigOptions {
  /** Rules whose ids and options the config may name; default: every registered rule. */
  rules?: readonly RuleMeta[];
  /** Problems found outside the config check (policy globs that match nothing), by path. */
  extraProblems?: ConfigPathProblem[] | undefined;
}

interface ConfigPathProblem {
  path: Array<string | number>;
  message: string;
}

type Emitted = Omit<LoadedConfig, 'findings'> & { findings: EmittedFinding[] };

/**
 * The config's own findings get their catalogue severities: the file that could change them is
 * the one being reported on.
 */
function withSeverities(loaded: Emitted): LoadedConfig {
  return { ...loaded, findings: assignSeverities(loaded.findings, CATALOGUE, {}) };
}

/** Load `explicit` (relative to cwd) or the nearest config from cwd upwards. */
export function loadConfig(cwd: string, explicit?: string, options: LoadConfigOptions = {}): LoadedConfig {
  return withSeverities(readConfig(cwd, explicit, options));
}

function readConfig(cwd: string, explicit: string | undefined, options: LoadConfigOptions): Emitted {
  const absolute = explicit ? path.resolve(cwd, explicit) : findConfig(cwd);
  if (!absolute) return { config: {}, file: undefined, findings: [] };
  if (explicit && !fs.existsSync(absolute)) {
    return {
      config: {},
      file: undefined,
      findings: [fileFinding(explicit, 'config', `config file "${explicit}" not found: check the --config path`)],
    };
  }
  const file = toDisplayPath(cwd, absolute);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(absolute);
  } catch (error) {
    return {
      config: {},
      file,
      findings: [
        fileFinding(
          file,
          'config',
          `cannot read the config file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        ),
      ],
    };
  }
  const decoded = decode(bytes);
  if (!decoded.ok)
    return { config: {}, file, findings: [fileFinding(file, 'config', `${decoded.reason}: save the config as UTF-8`)] };
  const root = path.dirname(absolute);
  // Policies first: their ids are rule ids the config may name.
  const policies = loadConfigPolicies(file, decoded.text, root, cwd);
  const loaded = checkConfigText(file, decoded.text, {
    ...options,
    rules: [...(options.rules ?? allRuleMeta()), ...(policies?.set.metas ?? [])],
    extraProblems: policies?.problems,
  });
  loaded.config.root = root;
  if (policies) loaded.config.policySet = policies.set;
  return loaded;
}

/** The policy set a config's `policies:` and `extends:` name, and entries that found nothing. */
function loadConfigPolicies(
  file: string,
  text: string,
  root: string,
  cwd: string,
): { set: PolicySet; problems: ConfigPathProblem[] } | undefined {
  const raw = parseYaml(new SourceFile(file, text)).documents[0]?.value as Record<string, unknown> | undefined;
  if (!raw || typeof raw !== 'object') return undefined;
  const strings = (value: unknown): string[] | undefined =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : undefined;
  const policies = strings(raw['policies']);
  const packs = strings(raw['extends']);
  if (!policies?.length && !packs?.length) return undefined;
  const sources = {
    root,
    cwd,
    policies: policies ?? [],
    extends: packs ?? [],
    builtinIds: new Set(allRuleMeta().map((m) => m.id)),
  };
  const found = policyFiles(sources);
  const set = loadPolicies(found.files, sources);
  const entries = (key: 'policies' | 'extends'): unknown[] => (Array.isArray(raw[key]) ? (raw[key] as unknown[]) : []);
  const problems = found.problems.map((p) => {
    // Problems are by position among the string entries: find the entry's real index.
    let seen = -1;
    const index = entries(p.key).findIndex((v) => typeof v === 'string' && v !== '' && ++seen === p.index);
    return { path: [p.key, index] as Array<string | number>, message: p.message };
  });
  return { set, problems };
}

/** Check config text (already decoded) named `file`; the result has no `root`. */
export function parseConfigText(file: string, text: string, options: LoadConfigOptions = {}): LoadedConfig {
  return withSeverities(checkConfigText(file, text, options));
}

function checkConfigText(file: string, text: string, options: LoadConfigOptions): Emitted {
  const source = new SourceFile(file, text);
  const parsed = parseYaml(source);
  const findings: EmittedFinding[] = parsed.problems.map((p) => ({
    ruleId: p.ruleId,
    message: p.message,
    file,
    ...source.range(p.start, p.end),
    related: (p.related ?? []).map((r) => ({ file, message: r.message, ...source.range(r.start, r.end) })),
  }));
  if (parsed.documents.length > 1) {
    const second = parsed.documents[1]!;
    findings.push({
      ruleId: 'config',
      message: 'the config must be one YAML document: merge the documents or remove the extra ones',
      file,
      ...source.range(second.start, second.start + 1),
      related: [],
    });
  }
  const document = parsed.documents[0];
  if (!document) return { config: {}, file, findings, source };
  const checked = checkConfig(document.value, options.rules ?? allRuleMeta());
  for (const extra of options.extraProblems ?? []) checked.problems.push({ ...extra, target: 'value' });
  for (const problem of checked.problems) {
    const { node } = findNode(document.root, problem.path);
    const [start, end] = spanOf(node, problem.target, text);
    findings.push({
      ruleId: 'config',
      message: problem.message,
      file,
      ...source.range(start, end),
      related: [],
    });
  }
  findings.sort(
    (a, b) => a.startOffset - b.startOffset || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
  return { config: checked.config, file, findings, source };
}

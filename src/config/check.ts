/**
 * Checking a parsed `.hvlint.yml`: its shape against schemas/config.schema.json (precompiled),
 * then what a schema cannot know: that rule ids exist, and that rule options satisfy the
 * rule's own `optionsSchema`. Problems carry JSON paths; the loader turns them into positions.
 * The returned config keeps only the parts that are valid, so rules never see bad options.
 */
import type { ErrorObject } from 'ajv';
import { validateConfig } from './generated/config-validator.js';
import type { RuleMeta } from '../rules/types.js';
import type { JsonPath } from '../load/yaml/locate.js';
import { closest } from '../util/strings.js';
import { checkOptions } from './options.js';
import { SEVERITIES_OR_OFF, type Config, type Override, type RuleEntry } from './types.js';
import type { SeverityOrOff } from '../types.js';

export interface ConfigProblem {
  path: JsonPath;
  target: 'key' | 'value';
  message: string;
}

export interface CheckedConfig {
  config: Config;
  problems: ConfigProblem[];
}

const TOP_KEYS = ['include', 'exclude', 'rules', 'overrides', 'policies', 'extends', 'limits'];

export function checkConfig(value: unknown, rules: readonly RuleMeta[]): CheckedConfig {
  const problems: ConfigProblem[] = [];
  if (value === null || value === undefined) return { config: {}, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({
      path: [],
      target: 'value',
      message: `the config must be a mapping of ${TOP_KEYS.join(', ')}; got ${describe(value)}`,
    });
    return { config: {}, problems };
  }
  const raw = value as Record<string, unknown>;
  if (!validateConfig(raw)) problems.push(...schemaProblems(validateConfig.errors ?? [], raw));

  const byId = new Map(rules.map((meta) => [meta.id, meta]));
  const ids = [...byId.keys()];
  const config: Config = {};
  const include = globList(raw['include']);
  if (include) config.include = include;
  const exclude = globList(raw['exclude']);
  if (exclude) config.exclude = exclude;
  const policies = globList(raw['policies']);
  if (policies) config.policies = policies;
  if (Array.isArray(raw['extends']) && raw['extends'].every((e) => typeof e === 'string' && e !== ''))
    config.extends = raw['extends'] as string[];
  if (isMapping(raw['rules'])) config.rules = checkRules(raw['rules'], ['rules'], byId, ids, true, problems);
  if (Array.isArray(raw['overrides'])) {
    const overrides: Override[] = [];
    raw['overrides'].forEach((item, i) => {
      if (!isMapping(item)) return;
      const files = globList(item['files']);
      const ruleMap = isMapping(item['rules'])
        ? checkRules(item['rules'], ['overrides', i, 'rules'], byId, ids, false, problems)
        : undefined;
      if (files && files.length > 0 && ruleMap) overrides.push({ files, rules: ruleMap });
    });
    config.overrides = overrides;
  }
  if (isMapping(raw['limits'])) {
    const limits: Record<string, number> = {};
    for (const [key, limit] of Object.entries(raw['limits'])) {
      if (
        ['maxFileBytes', 'maxDepth', 'maxAliases', 'maxNodes', 'policyCost'].includes(key) &&
        Number.isInteger(limit) &&
        (limit as number) >= (key === 'maxAliases' ? 0 : 1)
      )
        limits[key] = limit as number;
    }
    config.limits = limits;
  }
  return { config, problems };
}

/** Rule entries of one `rules` mapping: unknown ids, malformed entries and bad options are problems and left out. */
function checkRules(
  map: Record<string, unknown>,
  at: JsonPath,
  byId: Map<string, RuleMeta>,
  ids: string[],
  optionsAllowed: boolean,
  problems: ConfigProblem[],
): Record<string, RuleEntry> {
  const out: Record<string, RuleEntry> = {};
  for (const [id, entry] of Object.entries(map)) {
    const path = [...at, id];
    const meta = byId.get(id);
    if (!meta) {
      const hint = closest(id, ids);
      problems.push({
        path,
        target: 'key',
        message: `unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}: run hvlint rules to list the rule ids`,
      });
      continue;
    }
    const parsed = parseEntry(entry, path, problems);
    if (!parsed) continue;
    const [severity, options] = parsed;
    if (options === undefined) {
      out[id] = severity;
      continue;
    }
    if (!optionsAllowed) {
      problems.push({
        path: [...path, 1],
        target: 'value',
        message: `options of "${id}" cannot be set per path: move them to the top-level rules and keep only the severity here`,
      });
      out[id] = severity;
      continue;
    }
    if (!meta.optionsSchema) {
      if (Object.keys(options).length > 0)
        problems.push({ path: [...path, 1], target: 'value', message: `rule "${id}" takes no options: remove them` });
      out[id] = severity;
      continue;
    }
    let errors: ErrorObject[];
    try {
      errors = checkOptions(meta.optionsSchema, options);
    } catch (error) {
      problems.push({
        path: [...path, 1],
        target: 'value',
        message: `cannot check the options of "${id}": its options schema does not compile (${(error as Error).message}); please report this`,
      });
      out[id] = severity;
      continue;
    }
    if (errors.length > 0) {
      problems.push(...schemaProblems(errors, options, [...path, 1], `options of "${id}"`));
      out[id] = severity; // the rule runs with its default options
      continue;
    }
    out[id] = [severity, options];
  }
  return out;
}

/** A rule entry's severity and options, or a problem. */
function parseEntry(
  entry: unknown,
  path: JsonPath,
  problems: ConfigProblem[],
): [SeverityOrOff, Record<string, unknown> | undefined] | undefined {
  const shape = 'use a severity (error, warning, notice, off) or [severity, {options}]';
  if (typeof entry === 'string') {
    if (isSeverity(entry)) return [entry, undefined];
    problems.push({ path, target: 'value', message: badSeverity(entry) });
    return undefined;
  }
  if (!Array.isArray(entry)) {
    problems.push({
      path,
      target: 'value',
      message: `a rule setting must be a severity or a list; got ${describe(entry)}: ${shape}`,
    });
    return undefined;
  }
  if (entry.length === 0 || entry.length > 2) {
    problems.push({
      path,
      target: 'value',
      message: `a rule setting is [severity] or [severity, {options}]; got a list of ${entry.length}: ${shape}`,
    });
    return undefined;
  }
  const [severity, options] = entry as unknown[];
  if (typeof severity !== 'string' || !isSeverity(severity)) {
    problems.push({
      path: [...path, 0],
      target: 'value',
      message:
        typeof severity === 'string'
          ? badSeverity(severity)
          : `the severity must be one of error, warning, notice, off; got ${describe(severity)}`,
    });
    return undefined;
  }
  if (entry.length === 1) return [severity, undefined];
  if (!isMapping(options)) {
    problems.push({
      path: [...path, 1],
      target: 'value',
      message: `rule options must be a mapping; got ${describe(options)}`,
    });
    return undefined;
  }
  return [severity, options];
}

function badSeverity(value: string): string {
  // "warn" and "err" (ESLint's spellings) are too short for an edit-distance guess.
  const hint =
    closest(value, SEVERITIES_OR_OFF) ??
    (value.length >= 3 ? SEVERITIES_OR_OFF.find((s) => s.startsWith(value.toLowerCase())) : undefined);
  return `"${value}" is not a severity${hint ? ` (did you mean "${hint}"?)` : ''}: use error, warning, notice or off`;
}

function isSeverity(value: string): value is SeverityOrOff {
  return (SEVERITIES_OR_OFF as readonly string[]).includes(value);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function globList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((g): g is string => typeof g === 'string' && g.length > 0);
}

/**
 * ajv errors → problems. Errors inside rule entries and rule-id keys are left to checkRules,
 * which says more (did-you-mean, the accepted shapes) than a oneOf can.
 */
function schemaProblems(
  errors: readonly ErrorObject[],
  root: unknown,
  base: JsonPath = [],
  what?: string,
): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const path = parsePointer(error.instancePath);
    if (base.length === 0 && insideRuleMap(path, error)) continue;
    const problem = describeError(error, path, root, base, what);
    const key = `${problem.path.join('\u0000')}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}

function insideRuleMap(path: JsonPath, error: ErrorObject): boolean {
  const ruleMap = (p: JsonPath): number =>
    p[0] === 'rules' ? 1 : p[0] === 'overrides' && typeof p[1] === 'number' && p[2] === 'rules' ? 3 : -1;
  const depth = ruleMap(path);
  if (depth < 0) return false;
  // The map itself: only its rule-id keys (propertyNames) are left to checkRules.
  if (path.length === depth) return error.keyword === 'propertyNames' || error.keyword === 'pattern';
  return true;
}

function describeError(
  error: ErrorObject,
  path: JsonPath,
  root: unknown,
  base: JsonPath,
  what: string | undefined,
): ConfigProblem {
  const data = valueAt(root, path);
  const full = [...base, ...path];
  const name = path.length > 0 ? `${what ? `${what}: ` : ''}${formatPath(path)}` : (what ?? 'the config');
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const allowed = Object.keys(
        ((error.parentSchema as Record<string, unknown> | undefined)?.['properties'] as
          Record<string, unknown> | undefined) ?? {},
      ).sort();
      const hint = closest(key, allowed);
      const where = path.length > 0 || what ? ` in ${name}` : '';
      const choices = allowed.length > 0 ? `: use one of ${allowed.join(', ')}` : ': remove it';
      return {
        path: [...full, key],
        target: 'key',
        message: `unknown key "${key}"${where}${hint ? ` (did you mean "${hint}"?)` : ''}${choices}`,
      };
    }
    case 'required':
      return { path: full, target: 'value', message: `${name} must have "${String(params['missingProperty'])}"` };
    case 'type':
      return {
        path: full,
        target: 'value',
        message: `${name} must be ${TYPE_WORDS[String(params['type'])] ?? String(params['type'])}; got ${describe(data)}`,
      };
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]) ?? [];
      const hint = typeof data === 'string' ? closest(data, allowed.map(String)) : undefined;
      return {
        path: full,
        target: 'value',
        message: `${name} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}; got ${describe(data)}${hint ? ` (did you mean "${hint}"?)` : ''}`,
      };
    }
    case 'const':
      return {
        path: full,
        target: 'value',
        message: `${name} must be ${JSON.stringify(params['allowedValue'])}; got ${describe(data)}`,
      };
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const words: Record<string, string> = {
        minimum: 'at least',
        exclusiveMinimum: 'more than',
        maximum: 'at most',
        exclusiveMaximum: 'less than',
      };
      return {
        path: full,
        target: 'value',
        message: `${name} must be ${words[error.keyword]} ${String(params['limit'])}; got ${describe(data)}`,
      };
    }
    case 'minItems':
      return {
        path: full,
        target: 'value',
        message: `${name} must list at least ${String(params['limit'])} ${params['limit'] === 1 ? 'item' : 'items'}`,
      };
    case 'maxItems':
      return {
        path: full,
        target: 'value',
        message: `${name} must list at most ${String(params['limit'])} ${params['limit'] === 1 ? 'item' : 'items'}`,
      };
    case 'minLength':
      return {
        path: full,
        target: 'value',
        message:
          params['limit'] === 1
            ? `${name} must not be empty`
            : `${name} must be at least ${String(params['limit'])} characters long`,
      };
    case 'pattern':
      return {
        path: full,
        target: 'value',
        message: `${name} must match /${String(params['pattern'])}/; got ${describe(data)}`,
      };
    default:
      return { path: full, target: 'value', message: `${name} ${error.message ?? 'is not valid'}` };
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'null',
};

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function parsePointer(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment as string];
  }
  return node;
}

/** `overrides[0].rules.vm-checkpoint-age`, as messages name places in the config. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

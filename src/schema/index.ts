/**
 * schema: each manifest against its kind's JSON Schema (precompiled ajv validators), with
 * ajv's errors rewritten for people and placed on the offending key or value.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as validators from './generated/validators.js';
import type { EmittedFinding } from '../types.js';
import type { LoadedDocument, Target } from '../load/document.js';
import { kindOf, nameOf } from '../model/document.js';
import { MANIFEST_KINDS } from '../model/generated/kinds.js';
import { clip, closest } from '../util/strings.js';

const API_VERSION = 'hvlint/v1';
/** Kinds with a schema: the estate's, and Policy (custom policies, src/policy/); generated from schemas/. */
export { MANIFEST_KINDS };
type ManifestKind = (typeof MANIFEST_KINDS)[number];
/** A kind without a generated validator is a compile error here. */
const VALIDATORS: Record<ManifestKind, ValidateFunction> = validators;

/** Names for the shared patterns, so a failed pattern reads as what was expected. */
const PATTERN_NAMES: Array<[RegExp, string]> = [
  [/\/ipv4\//, 'an IPv4 address such as 10.0.0.1'],
  [/\/mac\//, 'a MAC address such as 01:00:5e:7f:03:e8 or 01-00-5E-7F-03-E8'],
  [/\/name\//, 'a name (letters, digits, spaces, . _ -)'],
];

/** One way a manifest breaks its schema: where (a JSON path, its key or value) and what to do. */
export interface SchemaProblem {
  path: Array<string | number>;
  target: Target;
  message: string;
}

/** What the schema stage finds for a manifest: whether it is valid, and why not. */
export interface SchemaCheck {
  valid: boolean;
  problems: SchemaProblem[];
}

/** Check a manifest's value against its kind's schema (apiVersion and kind first). */
export function checkSchema(value: Record<string, unknown>): SchemaCheck {
  const problems: SchemaProblem[] = [];
  if (value['apiVersion'] !== API_VERSION) {
    problems.push({
      path: ['apiVersion'],
      target: 'value',
      message: `apiVersion must be "${API_VERSION}"; got ${show(value['apiVersion'])}`,
    });
  }
  const kind = value['kind'];
  if (kind === undefined) {
    problems.push({
      path: [],
      target: 'value',
      message: `document must have property "kind": one of ${list(MANIFEST_KINDS)}`,
    });
  } else if (typeof kind !== 'string' || !(MANIFEST_KINDS as readonly string[]).includes(kind)) {
    const hint = typeof kind === 'string' ? closest(kind, MANIFEST_KINDS) : undefined;
    problems.push({
      path: ['kind'],
      target: 'value',
      message: `kind must be one of ${list(MANIFEST_KINDS)}; got ${show(kind)}${hint ? ` (did you mean "${hint}"?)` : ''}`,
    });
  }
  if (problems.length === 0) {
    const validate = VALIDATORS[kind as ManifestKind];
    if (!validate(value)) problems.push(...rewrite(validate.errors ?? [], value));
  }
  return { valid: problems.length === 0, problems };
}

/** Validate one loaded document: whether it is valid, and its findings, placed in its source. */
export function validateDocument(doc: LoadedDocument): { valid: boolean; findings: EmittedFinding[] } {
  const { valid, problems } = checkSchema(doc.value);
  const seen = new Set<string>();
  const findings: EmittedFinding[] = [];
  for (const problem of problems) {
    const range = doc.locate(problem.path, problem.target);
    const key = `${range.startOffset}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      ruleId: 'schema',
      message: problem.message,
      file: doc.file,
      ...range,
      related: [],
      document: { kind: kindOf(doc.value), name: nameOf(doc.value) },
      path: problem.path,
    });
  }
  return { valid, findings };
}

function parsePointer(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment) && segment.length <= 80) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(clip(segment))}]`;
  }
  return out || 'document';
}

function valueAt(root: unknown, path: Array<string | number>): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment as string];
  }
  return node;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return `the string ${show(value)}`;
}

function list(values: readonly unknown[]): string {
  return [...values]
    .map((v) => JSON.stringify(v))
    .sort()
    .join(', ');
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

/** Turn ajv's errors into one message per problem, on the right node. */
function rewrite(errors: ErrorObject[], root: unknown): SchemaProblem[] {
  // Errors inside a failed oneOf/anyOf are replaced by one message for the whole alternative.
  const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const inAlternative = (e: ErrorObject): ErrorObject | undefined =>
    alternatives.find(
      (a) => a !== e && e.schemaPath.startsWith(`${a.schemaPath}/`) && e.instancePath.startsWith(a.instancePath),
    );
  const problems: SchemaProblem[] = [];
  for (const error of errors) {
    if (inAlternative(error)) continue;
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
      problems.push(
        ...alternativeProblem(
          error,
          errors.filter((e) => inAlternative(e) === error),
          root,
        ),
      );
      continue;
    }
    const problem = single(error, root);
    if (problem) problems.push(problem);
  }
  return problems;
}

function alternativeProblem(error: ErrorObject, branchErrors: ErrorObject[], root: unknown): SchemaProblem[] {
  const path = parsePointer(error.instancePath);
  const where = formatPath(path);
  const passing = (error.params as { passingSchemas?: number[] | null }).passingSchemas;
  const byBranch = new Map<string, ErrorObject[]>();
  for (const e of branchErrors) {
    const branch = e.schemaPath.slice(error.schemaPath.length + 1).split('/')[0]!;
    const list = byBranch.get(branch);
    if (list) list.push(e);
    else byBranch.set(branch, [e]);
  }
  const requiredOnly =
    branchErrors.length > 0 &&
    branchErrors.every((e) => e.keyword === 'required' && e.instancePath === error.instancePath);
  if (Array.isArray(passing)) {
    const branches = Array.isArray(error.schema) ? (error.schema as Array<{ required?: string[] }>) : [];
    const names = [...new Set(branches.flatMap((b) => b.required ?? []))];
    const value = valueAt(root, path);
    const present = value && typeof value === 'object' ? names.filter((n) => n in (value as object)) : [];
    if (present.length > 1)
      return [
        { path, target: 'key', message: `${where} must have exactly one of ${list(names)}; got ${list(present)}` },
      ];
    return [
      {
        path,
        target: 'key',
        message: `${where} must match only one of its allowed forms: remove the conflicting properties`,
      },
    ];
  }
  if (requiredOnly || branchErrors.length === 0) {
    const names = [...new Set(branchErrors.map((e) => (e.params as { missingProperty: string }).missingProperty))];
    const quantifier = error.keyword === 'oneOf' ? 'exactly one of' : 'at least one of';
    const value = valueAt(root, path);
    const present = value && typeof value === 'object' ? names.filter((n) => n in (value as object)) : [];
    if (present.length > 1) {
      return [
        { path, target: 'key', message: `${where} must have ${quantifier} ${list(names)}; got ${list(present)}` },
      ];
    }
    return [{ path, target: 'key', message: `${where} must have ${quantifier} ${list(names)}` }];
  }
  // Report the errors of the branch that came closest (fewest errors).
  const best = [...byBranch.values()].sort((a, b) => a.length - b.length)[0] ?? [];
  const problems = best.map((e) => single(e, root)).filter((p): p is SchemaProblem => p !== undefined);
  return problems.length > 0
    ? problems
    : [{ path, target: 'value', message: `${where} does not match any allowed form` }];
}

function single(error: ErrorObject, root: unknown): SchemaProblem | undefined {
  const path = parsePointer(error.instancePath);
  const where = formatPath(path);
  const value = valueAt(root, path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params['missingProperty']);
      return { path, target: 'key', message: `${where} must have property "${missing}"` };
    }
    case 'additionalProperties': {
      const extra = String(params['additionalProperty']);
      const allowed = allowedProperties(error);
      const hint = allowed.length > 0 ? closest(extra, allowed) : undefined;
      const tail = hint
        ? `: did you mean "${hint}"?`
        : allowed.length > 0
          ? `: remove it (allowed: ${allowed.join(', ')})`
          : ': remove it';
      return {
        path: [...path, extra],
        target: 'key',
        message: `${formatPath([...path, extra])} is not a known property${tail}`,
      };
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]) ?? [];
      const hint =
        typeof value === 'string'
          ? closest(
              value,
              allowed.filter((v): v is string => typeof v === 'string'),
            )
          : undefined;
      return {
        path,
        target: 'value',
        message: `${where} must be one of ${list(allowed)}; got ${show(value)}${hint ? ` (did you mean "${hint}"?)` : ''}`,
      };
    }
    case 'const':
      return {
        path,
        target: 'value',
        message: `${where} must be ${JSON.stringify(params['allowedValue'])}; got ${show(value)}`,
      };
    case 'type': {
      const types = String(params['type']).split(',');
      return {
        path,
        target: 'value',
        message: `${where} must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}; got ${typeName(value)}`,
      };
    }
    case 'pattern': {
      const named = PATTERN_NAMES.find(([re]) => re.test(error.schemaPath));
      const expected = named ? named[1] : `text matching /${String(params['pattern'])}/`;
      return { path, target: 'value', message: `${where} must be ${expected}; got ${show(value)}` };
    }
    case 'format':
      return {
        path,
        target: 'value',
        message: `${where} must be a valid ${String(params['format'])}; got ${show(value)}`,
      };
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const range = rangeOf(error);
      return { path, target: 'value', message: `${where} must be ${range}; got ${show(value)}` };
    }
    case 'minItems':
      return {
        path,
        target: 'key',
        message: `${where} must have at least ${String(params['limit'])} item${params['limit'] === 1 ? '' : 's'}`,
      };
    case 'maxItems':
      return { path, target: 'key', message: `${where} must have at most ${String(params['limit'])} items` };
    case 'minLength':
      return {
        path,
        target: 'value',
        message: `${where} must not be shorter than ${String(params['limit'])} character${params['limit'] === 1 ? '' : 's'}`,
      };
    case 'maxLength':
      return {
        path,
        target: 'value',
        message: `${where} must not be longer than ${String(params['limit'])} characters`,
      };
    case 'uniqueItems':
      return {
        path: [...path, Number(params['j'])],
        target: 'value',
        message: `${where} must not repeat items: items ${String(params['j'])} and ${String(params['i'])} are equal`,
      };
    case 'propertyNames':
      return {
        path,
        target: 'key',
        message: `${where} has a key that is not allowed (${clip(String(params['propertyName']))})`,
      };
    case 'discriminator':
      return { path: [...path, 'kind'], target: 'value', message: `${where} has an unknown kind` };
    case 'if':
    case 'not':
      return undefined;
    default:
      return { path, target: 'value', message: `${where} ${error.message ?? 'is not valid'}` };
  }
}

function rangeOf(error: ErrorObject): string {
  const schema = error.parentSchema as Record<string, number> | undefined;
  const min = schema?.['minimum'];
  const max = schema?.['maximum'];
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
  const params = error.params as { comparison: string; limit: number };
  return `${params.comparison} ${params.limit}`;
}

function allowedProperties(error: ErrorObject): string[] {
  const schema = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(schema?.properties ?? {}).sort();
}

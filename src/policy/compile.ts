/**
 * compile: a schema-valid Policy document → a compiled policy, once per run. Every expression is
 * parsed and checked here; each mistake is a problem placed at its line and column inside the
 * YAML of the policy file (the CEL offset mapped through the scalar's quoting or block style).
 */
import type { Minimatch } from 'minimatch';
import type { ManifestDocument, Target } from '../model/document.js';
import type { JsonPath } from '../load/yaml/locate.js';
import type { Severity } from '../types.js';
import { compileNameGlob } from '../model/backup.js';
import { MAX_EXPRESSION_LENGTH, policyEnvironment } from './bindings.js';
import { checkFields, elementShapeOf, kindsShape, type CelNode, type Shape } from './analyze.js';

export interface PolicySpec {
  severity: Severity;
  description: string;
  match: { kinds: string[]; names?: string[]; labels?: Record<string, string>; where?: string };
  forEach?: string;
  assert: string;
  message: string;
  at?: string | { path: string; on?: Target };
  related?: string;
  docs?: string;
  tests?: PolicyTestCase[];
}

export interface PolicyTestCase {
  name: string;
  manifests: string;
  expect: Array<{ document: string; at?: string; message?: string }>;
}

/** A compiled CEL expression and where its text is in the policy file. */
export interface PolicyExpression {
  /** Path of the YAML scalar holding the text. */
  field: JsonPath;
  /** Offset of the expression inside that scalar's value (templates hold several). */
  offset: number;
  source: string;
  ast: CelNode;
  run: (context: Record<string, unknown>) => unknown;
}

/** Text with `{{ expression }}` parts. */
export interface Template {
  parts: Array<string | PolicyExpression>;
}

export interface CompiledPolicy {
  id: string;
  document: ManifestDocument;
  spec: PolicySpec;
  kinds: string[];
  names: Minimatch[];
  labels: Array<[string, string]>;
  where?: PolicyExpression;
  forEach?: PolicyExpression;
  assert: PolicyExpression;
  message: Template;
  at: Template;
  atTarget: Target;
  related?: PolicyExpression;
}

/** A mistake in a policy, at a place in its document. */
export interface PolicyProblem {
  document: ManifestDocument;
  field: JsonPath;
  /** Offsets inside the scalar's value; undefined: the whole value. */
  start?: number;
  end?: number;
  message: string;
}

interface CelErrorLike {
  message: string;
  range?: { start: number; end: number };
}

/** The first line of a cel-js error message (the rest is its own source excerpt). */
export function celMessage(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  return message.split('\n')[0]!.replace(/\.$/, '');
}

export function compilePolicy(document: ManifestDocument): { policy?: CompiledPolicy; problems: PolicyProblem[] } {
  const spec = (document.value['spec'] ?? {}) as PolicySpec;
  const problems: PolicyProblem[] = [];
  const env = policyEnvironment();
  const self = kindsShape(spec.match.kinds);
  const estate: Shape = { type: 'any' };
  let itemShape: Shape = { type: 'any' };

  const compile = (
    source: string,
    field: JsonPath,
    offset = 0,
    vars: Record<string, Shape> = {},
  ): PolicyExpression | undefined => {
    if (source.length > MAX_EXPRESSION_LENGTH) {
      problems.push({
        document,
        field,
        message: `expression is ${source.length} characters long, over the limit of ${MAX_EXPRESSION_LENGTH}: split the policy`,
      });
      return undefined;
    }
    let parsed: ReturnType<typeof env.parse>;
    try {
      parsed = env.parse(source);
    } catch (error) {
      const range = (error as CelErrorLike).range;
      problems.push({
        document,
        field,
        ...(range ? { start: offset + range.start, end: offset + Math.max(range.end, range.start + 1) } : {}),
        message: `CEL syntax error: ${celMessage(error)}`,
      });
      return undefined;
    }
    const checked = parsed.check() as { valid: boolean; error?: CelErrorLike };
    if (!checked.valid && checked.error) {
      const range = checked.error.range;
      problems.push({
        document,
        field,
        ...(range ? { start: offset + range.start, end: offset + range.end } : {}),
        message: `CEL type error: ${celMessage(checked.error)}`,
      });
      return undefined;
    }
    const ast = parsed.ast as unknown as CelNode;
    const fieldProblems = checkFields(ast, { self, estate, item: itemShape, index: { type: 'any' }, ...vars });
    for (const p of fieldProblems)
      problems.push({ document, field, start: offset + p.start, end: offset + p.end, message: p.message });
    if (fieldProblems.length > 0) return undefined;
    return { field, offset, source, ast, run: parsed as unknown as PolicyExpression['run'] };
  };

  const template = (text: string, field: JsonPath): Template | undefined => {
    const parts: Template['parts'] = [];
    let ok = true;
    let at = 0;
    while (at < text.length) {
      const open = text.indexOf('{{', at);
      if (open < 0) break;
      const close = text.indexOf('}}', open + 2);
      if (close < 0) {
        problems.push({
          document,
          field,
          start: open,
          end: open + 2,
          message: 'unclosed {{ in the template: close it with }}',
        });
        ok = false;
        break;
      }
      if (open > at) parts.push(text.slice(at, open));
      const expression = compile(text.slice(open + 2, close), field, open + 2);
      if (expression) parts.push(expression);
      else ok = false;
      at = close + 2;
    }
    if (at < text.length) parts.push(text.slice(at));
    return ok ? { parts } : undefined;
  };

  const where = spec.match.where !== undefined ? compile(spec.match.where, ['spec', 'match', 'where']) : undefined;
  const forEach = spec.forEach !== undefined ? compile(spec.forEach, ['spec', 'forEach']) : undefined;
  if (forEach) itemShape = elementShapeOf(forEach.ast, { self, estate });
  const assert = compile(spec.assert, ['spec', 'assert']);
  const message = template(spec.message, ['spec', 'message']);
  const atSpec = typeof spec.at === 'object' ? spec.at : spec.at !== undefined ? { path: spec.at } : undefined;
  const atField: JsonPath = typeof spec.at === 'object' ? ['spec', 'at', 'path'] : ['spec', 'at'];
  const at = atSpec ? template(atSpec.path, atField) : { parts: ['metadata.name'] };
  if (at && atSpec) checkStaticPath(at, atField, document, problems);
  const related = spec.related !== undefined ? compile(spec.related, ['spec', 'related']) : undefined;
  const bad =
    (spec.match.where !== undefined && !where) ||
    (spec.forEach !== undefined && !forEach) ||
    !assert ||
    !message ||
    !at ||
    (spec.related !== undefined && !related);
  if (bad) return { problems };
  return {
    problems,
    policy: {
      id: document.name,
      document,
      spec,
      kinds: spec.match.kinds,
      names: (spec.match.names ?? []).map(compileNameGlob),
      labels: Object.entries(spec.match.labels ?? {}),
      ...(where ? { where } : {}),
      ...(forEach ? { forEach } : {}),
      assert: assert!,
      message: message!,
      at: at!,
      atTarget: atSpec?.on ?? 'value',
      ...(related ? { related } : {}),
    },
  };
}

/** A static `at` path (no `{{ }}`) must at least parse. */
function checkStaticPath(at: Template, field: JsonPath, document: ManifestDocument, problems: PolicyProblem[]): void {
  if (at.parts.length !== 1 || typeof at.parts[0] !== 'string') return;
  if (parsePath(at.parts[0]) === undefined)
    problems.push({
      document,
      field,
      message: `"${at.parts[0]}" is not a path: write it like spec.controllers or spec.networkAdapters[0].name`,
    });
}

/** `spec.networkAdapters[0].name` → ['spec', 'networkAdapters', 0, 'name']; undefined when malformed. */
export function parsePath(text: string): JsonPath | undefined {
  const path: Array<string | number> = [];
  const re = /\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|\['([^']*)'\]/y;
  let at = 0;
  while (at < text.length) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m || (m[1] !== undefined && at > 0 && text[at] !== '.') || (m[1] !== undefined && at === 0 && text[0] === '.'))
      return undefined;
    if (m[1] !== undefined) path.push(m[1]);
    else if (m[2] !== undefined) path.push(Number(m[2]));
    else if (m[3] !== undefined) path.push(JSON.parse(`"${m[3]}"`) as string);
    else path.push(m[4]!);
    at = re.lastIndex;
  }
  return path.length > 0 ? path : undefined;
}

/**
 * Where character `index` of a scalar's value is in the source, for a scalar token at
 * [start, end): plain, quoted or block (| >). Runs of whitespace in the value match runs of
 * whitespace in the source (line breaks and indentation fold into them); every other character
 * is found in order, which steps over quotes and escapes.
 */
export function valueOffset(text: string, start: number, end: number, value: string, index: number): number {
  let src = start;
  const head = text[start];
  if (head === '|' || head === '>') {
    const nl = text.indexOf('\n', start);
    src = nl < 0 ? end : nl + 1;
  } else if (head === '"' || head === "'") src = start + 1;
  const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  // Indentation before the first character.
  while (src < end && isSpace(text[src]) && !isSpace(value[0])) src++;
  let i = 0;
  while (i < index && src < end) {
    if (isSpace(value[i])) {
      let j = i;
      while (j < value.length && isSpace(value[j])) j++;
      const runStart = src;
      while (src < end && isSpace(text[src])) src++;
      if (index < j) return Math.min(runStart + (index - i), src);
      i = j;
      continue;
    }
    while (src < end && text[src] !== value[i]) src++;
    src++;
    i++;
  }
  // Whitespace in the source that the value does not have (a folded line break's indentation).
  if (!isSpace(value[index])) while (src < end && isSpace(text[src])) src++;
  return Math.min(src, end);
}

/**
 * Static checks of a parsed CEL expression, before anything runs:
 *  - fields: every `.field` on a document (self, item, estate collections and joins) must exist in
 *    some schema of that kind; a typo gets a did-you-mean from the schema's properties;
 *  - cost: an upper bound of the work of one evaluation, from the estate's real collection sizes,
 *    so a quadratic comprehension over a large estate is stopped before it runs.
 */
import bundle from '../../schemas/hvlint.schema.json' with { type: 'json' };
import { closest } from '../util/strings.js';
import { COLLECTIONS, LOOKUPS } from './bindings.js';

/** cel-js AST node (the parts used here). */
export interface CelNode {
  op: string;
  args: unknown;
  start: number;
  end: number;
}

type Schema = Record<string, unknown>;

/** What an expression's value is known to be: a schema node, a record of known fields, or unknown. */
export type Shape =
  | { type: 'schema'; schemas: Schema[] }
  | { type: 'record'; fields: Record<string, Shape> }
  | { type: 'list'; of: Shape }
  | { type: 'any' };

const ANY: Shape = { type: 'any' };
const defs = (bundle as { $defs: Record<string, Schema> }).$defs;

function resolve(schema: Schema): Schema {
  let s = schema;
  for (let i = 0; i < 16 && typeof s['$ref'] === 'string'; i++) {
    const parts = (s['$ref'] as string).replace(/^#\//, '').split('/');
    let target: unknown = bundle;
    for (const part of parts) target = (target as Record<string, unknown>)?.[decodeURIComponent(part)];
    if (!target || typeof target !== 'object') return {};
    // Keep the sibling keywords of a $ref (descriptions) out of the way: the target decides the shape.
    s = target as Schema;
  }
  return s;
}

/** The alternatives of a schema (oneOf/anyOf/allOf branches flattened), resolved. */
function variants(schema: Schema): Schema[] {
  const s = resolve(schema);
  const out = [s];
  for (const key of ['oneOf', 'anyOf', 'allOf'])
    for (const branch of (s[key] as Schema[] | undefined) ?? []) out.push(...variants(branch));
  return out;
}

export function kindShape(kind: string): Shape {
  const schema = defs[kind];
  return schema ? { type: 'schema', schemas: [schema] } : ANY;
}

export function kindsShape(kinds: readonly string[]): Shape {
  const schemas = kinds.map((k) => defs[k]).filter((s): s is Schema => s !== undefined);
  return schemas.length > 0 ? { type: 'schema', schemas } : ANY;
}

/** The shape of `.field` on a shape; `missing` lists the known fields when none has it. */
function fieldOf(shape: Shape, field: string): { shape: Shape; missing?: string[] } {
  if (shape.type === 'record') return shape.fields[field] ? { shape: shape.fields[field]! } : { shape: ANY };
  if (shape.type !== 'schema') return { shape: ANY };
  const found: Schema[] = [];
  const known = new Set<string>();
  let open = false;
  for (const schema of shape.schemas) {
    for (const v of variants(schema)) {
      const props = v['properties'] as Record<string, Schema> | undefined;
      if (props) {
        for (const key of Object.keys(props)) known.add(key);
        if (props[field]) found.push(props[field]!);
      }
      if (v['additionalProperties'] !== false && v['additionalProperties'] !== undefined) open = true;
      if (v['patternProperties'] || v['type'] === undefined) {
        if (!props) open = true;
      }
      if (v['type'] === 'object' && !props && v['additionalProperties'] !== false) open = true;
    }
  }
  if (found.length > 0) return { shape: { type: 'schema', schemas: found } };
  if (open || known.size === 0) return { shape: ANY };
  return { shape: ANY, missing: [...known].sort() };
}

function elementOf(shape: Shape): Shape {
  if (shape.type === 'list') return shape.of;
  if (shape.type !== 'schema') return ANY;
  const items: Schema[] = [];
  for (const schema of shape.schemas)
    for (const v of variants(schema))
      if (v['items'] && typeof v['items'] === 'object') items.push(v['items'] as Schema);
  return items.length > 0 ? { type: 'schema', schemas: items } : ANY;
}

const list = (of: Shape): Shape => ({ type: 'list', of });
const rec = (fields: Record<string, Shape>): Shape => ({ type: 'record', fields });
const path = (kind: string, ...fields: string[]): Shape => {
  let shape = kindShape(kind);
  for (const f of fields) shape = f === '[]' ? elementOf(shape) : fieldOf(shape, f).shape;
  return shape;
};

/** What each `estate.<join>(…)` returns. */
function joinShape(name: string): Shape | undefined {
  switch (name) {
    case 'hostsOf':
      return list(kindShape('HyperVHost'));
    case 'clusterOf':
      return kindShape('HyperVCluster');
    case 'vmsOf':
      return list(kindShape('VirtualMachine'));
    case 'backupJobsOf':
      return list(kindShape('BackupJob'));
    case 'backupTargetsOf':
      return list(rec({ job: kindShape('BackupJob'), index: ANY, target: path('BackupJob', 'spec', 'targets', '[]') }));
    case 'nlbNodesOf':
      return list(
        rec({ cluster: kindShape('NlbCluster'), index: ANY, node: path('NlbCluster', 'spec', 'nodes', '[]') }),
      );
    case 'nodesOf':
      return list(
        rec({
          vm: kindShape('VirtualMachine'),
          adapter: path('VirtualMachine', 'spec', 'networkAdapters', '[]'),
          index: ANY,
          node: path('NlbCluster', 'spec', 'nodes', '[]'),
        }),
      );
    case 'uplinksOf':
      return list(
        rec({
          switch: kindShape('Switch'),
          team: path('HyperVHost', 'spec', 'nicTeams', '[]'),
          teamIndex: ANY,
          lag: ANY,
          port: ANY,
        }),
      );
    case 'dcsOf':
      return list(kindShape('DomainController'));
    case 'groupsByVlan':
      return ANY;
    case 'drivesOf':
      return list(
        rec({
          controller: path('VirtualMachine', 'spec', 'controllers', '[]'),
          controllerIndex: ANY,
          drive: path('VirtualMachine', 'spec', 'controllers', '[]', 'drives', '[]'),
          driveIndex: ANY,
          slot: ANY,
        }),
      );
  }
  const lookup = LOOKUPS.find(([method]) => method === name);
  return lookup ? kindShape(lookup[1]) : undefined;
}

export interface FieldProblem {
  start: number;
  end: number;
  message: string;
}

const MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);

/** Check field references against the schemas; `vars` gives the shapes of the variables. */
export function checkFields(root: CelNode, vars: Record<string, Shape>): FieldProblem[] {
  return analyzeFields(root, vars).problems;
}

/** The shape of one element of a list-valued expression (forEach → item). */
export function elementShapeOf(root: CelNode, vars: Record<string, Shape>): Shape {
  return elementOf(analyzeFields(root, vars).shape);
}

function analyzeFields(root: CelNode, vars: Record<string, Shape>): { shape: Shape; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const visit = (node: CelNode, scope: Record<string, Shape>): Shape => {
    const args = node.args as unknown[];
    switch (node.op) {
      case 'id':
        return scope[node.args as string] ?? ANY;
      case '.':
      case '.?': {
        const [target, field] = args as [CelNode, string];
        const base = visit(target, scope);
        if (target.op === 'id' && target.args === 'estate') {
          const collection = COLLECTIONS.find(([f]) => f === field);
          if (collection) return list(kindShape(collection[1]));
          problems.push({
            start: node.start,
            end: node.end,
            message: `estate has no field "${field}"${hint(
              field,
              COLLECTIONS.map(([f]) => f),
            )}`,
          });
          return ANY;
        }
        const { shape, missing } = fieldOf(base, field);
        if (missing)
          problems.push({
            start: node.start,
            end: node.end,
            message: `no schema has a field "${field}" here${hint(field, missing)}; known fields: ${missing.join(', ')}`,
          });
        return shape;
      }
      case '[]':
      case '[?]': {
        const [target, key] = args as [CelNode, CelNode];
        const base = visit(target, scope);
        visit(key, scope);
        if (key.op === 'value' && typeof key.args === 'string') return fieldOf(base, key.args).shape;
        return elementOf(base);
      }
      case 'rcall': {
        const [name, target, callArgs] = args as [string, CelNode, CelNode[]];
        if (target.op === 'id' && target.args === 'estate') {
          for (const a of callArgs) visit(a, scope);
          return joinShape(name) ?? ANY;
        }
        const range = visit(target, scope);
        if (MACROS.has(name) && callArgs.length >= 2 && callArgs[0]!.op === 'id') {
          const inner = { ...scope, [callArgs[0]!.args as string]: elementOf(range) };
          const bodies = callArgs.slice(1).map((a) => visit(a, inner));
          if (name === 'filter') return range;
          if (name === 'map') return list(bodies[bodies.length - 1] ?? ANY);
          return ANY;
        }
        for (const a of callArgs) visit(a, scope);
        return ANY;
      }
      case 'call': {
        const [, callArgs] = args as [string, CelNode[]];
        for (const a of callArgs) visit(a, scope);
        return ANY;
      }
      case 'list': {
        const shapes = (args as CelNode[]).map((a) => visit(a, scope));
        return list(shapes[0] ?? ANY);
      }
      case 'map': {
        const fields: Record<string, Shape> = {};
        for (const [k, v] of args as Array<[CelNode, CelNode]>) {
          visit(k, scope);
          const shape = visit(v, scope);
          if (k.op === 'value' && typeof k.args === 'string') fields[k.args] = shape;
        }
        return rec(fields);
      }
      case '?:': {
        const [c, a, b] = args as [CelNode, CelNode, CelNode];
        visit(c, scope);
        const left = visit(a, scope);
        visit(b, scope);
        return left;
      }
      case '!_':
      case '-_':
        visit(node.args as CelNode, scope);
        return ANY;
      case 'value':
        return ANY;
      default:
        if (Array.isArray(args))
          for (const a of args) if (a && typeof a === 'object' && 'op' in a) visit(a as CelNode, scope);
        return ANY;
    }
  };
  const shape = visit(root, vars);
  return { shape, problems };
}

function hint(word: string, candidates: readonly string[]): string {
  const best = closest(word, candidates);
  return best ? ` (did you mean "${best}"?)` : '';
}

/** A path below a document: field names, and `[]` for every element of a list. */
export type SizePath = readonly string[];

/** Sizes the cost estimate uses, taken from the estate being linted. */
export interface CostSizes {
  /** Documents per estate collection (estate.vms …), by field name. */
  collections: Record<string, number>;
  /** Mean size of a join's result (estate.hostsOf …) over the documents it is asked about. */
  join: (name: string) => number;
  /**
   * Mean length of the list at a path of the matched documents (`self`), over every place the
   * path reaches (`['spec', 'controllers', '[]', 'drives']`: drives per controller).
   */
  list: (path: SizePath) => number;
  /** A list whose origin the estimate cannot follow (a join result's fields, a literal map's values). */
  documentList: number;
}

/**
 * The steps of one evaluation: every node is a step, a macro (`all`, `exists`, `map`, `filter`)
 * runs its body once per element, `in` and whole-list functions touch every element. List sizes
 * are the estate's own (collection sizes, mean join sizes, mean lengths of document lists), so
 * the total over the matched documents is close to the work the policy really does.
 * `vars` gives what the variables hold: a path below `self` (`item` under `forEach`).
 */
export function estimateCost(root: CelNode, sizes: CostSizes, vars: Record<string, SizePath | undefined> = {}): number {
  return costModel(sizes).cost(root, new Map(Object.entries(vars)));
}

/** The estimated number of elements of a list-valued expression (what `forEach` gives per document). */
export function estimateSize(root: CelNode, sizes: CostSizes): number {
  return costModel(sizes).size(root, new Map());
}

type Scope = ReadonlyMap<string, SizePath | undefined>;

function costModel(sizes: CostSizes): {
  cost: (node: CelNode, scope: Scope) => number;
  size: (node: CelNode, scope: Scope) => number;
} {
  /** The path below self that an expression reads, when it is one. */
  const pathOf = (node: CelNode, scope: Scope): SizePath | undefined => {
    const args = node.args as unknown[];
    if (node.op === 'id') {
      const name = node.args as string;
      if (name === 'self') return [];
      return scope.get(name);
    }
    if ((node.op === '.' || node.op === '.?') && typeof args[1] === 'string') {
      const base = pathOf(args[0] as CelNode, scope);
      return base ? [...base, args[1]] : undefined;
    }
    if (node.op === '[]' || node.op === '[?]') {
      const base = pathOf(args[0] as CelNode, scope);
      const key = args[1] as CelNode;
      if (!base) return undefined;
      return key.op === 'value' && typeof key.args === 'string' ? [...base, key.args] : [...base, '[]'];
    }
    if (node.op === 'rcall') {
      const [name, target] = args as [string, CelNode];
      if (name === 'filter') return pathOf(target, scope);
    }
    if (node.op === '?:') {
      const [, a, b] = args as [CelNode, CelNode, CelNode];
      return pathOf(a, scope) ?? pathOf(b, scope);
    }
    return undefined;
  };
  const sizeOf = (node: CelNode, scope: Scope): number => {
    const args = node.args as unknown[];
    if (node.op === '.' && (args[0] as CelNode).op === 'id' && (args[0] as CelNode).args === 'estate')
      return sizes.collections[args[1] as string] ?? sizes.documentList;
    if (node.op === 'rcall') {
      const [name, target] = args as [string, CelNode, CelNode[]];
      if (target.op === 'id' && target.args === 'estate') return sizes.join(name);
      if (name === 'map' || name === 'filter') return sizeOf(target, scope);
    }
    if (node.op === 'list') return (args as unknown[]).length;
    if (node.op === 'map') return (args as unknown[]).length;
    if (node.op === '?:') return Math.max(sizeOf(args[1] as CelNode, scope), sizeOf(args[2] as CelNode, scope));
    if (node.op === '+' && Array.isArray(args))
      return sizeOf(args[0] as CelNode, scope) + sizeOf(args[1] as CelNode, scope);
    const at = pathOf(node, scope);
    if (at) return sizes.list(at);
    return sizes.documentList;
  };
  const cost = (node: CelNode, scope: Scope): number => {
    const args = node.args as unknown[];
    if (node.op === 'rcall') {
      const [name, target, callArgs] = args as [string, CelNode, CelNode[]];
      if (target.op === 'id' && target.args === 'estate')
        return 1 + sizes.join(name) + callArgs.reduce((sum, a) => sum + cost(a, scope), 0);
      const base = cost(target, scope);
      if (MACROS.has(name) && callArgs.length >= 2) {
        const n = sizeOf(target, scope);
        const inner = new Map(scope);
        const at = pathOf(target, scope);
        inner.set(callArgs[0]!.args as string, at ? [...at, '[]'] : undefined);
        const body = callArgs.slice(1).reduce((sum, a) => sum + cost(a, inner), 0);
        return base + n * (body + 1);
      }
      // Whole-list functions (size, join, …) touch every element once.
      return base + sizeOf(target, scope) + callArgs.reduce((sum, a) => sum + cost(a, scope), 0);
    }
    if (node.op === 'call') {
      const [, callArgs] = args as [string, CelNode[]];
      return 1 + callArgs.reduce((sum, a) => sum + cost(a, scope), 0);
    }
    if (node.op === 'in')
      return 1 + cost(args[0] as CelNode, scope) + cost(args[1] as CelNode, scope) + sizeOf(args[1] as CelNode, scope);
    if (node.op === 'map')
      return 1 + (args as Array<[CelNode, CelNode]>).reduce((s, [k, v]) => s + cost(k, scope) + cost(v, scope), 0);
    if (node.op === '!_' || node.op === '-_') return 1 + cost(node.args as CelNode, scope);
    if (node.op === 'value' || node.op === 'id') return 1;
    if (node.op === '.' || node.op === '.?') return 1 + cost(args[0] as CelNode, scope);
    let total = 1;
    if (Array.isArray(args))
      for (const a of args) if (a && typeof a === 'object' && 'op' in a) total += cost(a as CelNode, scope);
    return total;
  };
  return { cost, size: sizeOf };
}

/** The path below `self` that a `forEach` expression iterates, if it is one (for `item`'s paths). */
export function iteratedPath(root: CelNode): SizePath | undefined {
  const walk = (node: CelNode): SizePath | undefined => {
    const args = node.args as unknown[];
    if (node.op === 'id') return node.args === 'self' ? [] : undefined;
    if ((node.op === '.' || node.op === '.?') && typeof args[1] === 'string') {
      const base = walk(args[0] as CelNode);
      return base ? [...base, args[1]] : undefined;
    }
    if (node.op === 'rcall' && args[0] === 'filter') return walk(args[1] as CelNode);
    if (node.op === '?:') return walk(args[1] as CelNode) ?? walk(args[2] as CelNode);
    return undefined;
  };
  const at = walk(root);
  return at ? [...at, '[]'] : undefined;
}

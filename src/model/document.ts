import type { Range } from '../types.js';
import type { SourceFile } from '../load/source.js';
import type { YamlDocument, PosNode } from '../load/yaml.js';
import { findNode, spanOf, type JsonPath } from '../load/locate.js';

export type Target = 'key' | 'value';

/**
 * One hvlint manifest (a YAML document with `apiVersion: hvlint/...`) and the means to turn a
 * JSON path inside it into a source range. Documents built from an inventory (drift audits)
 * carry no YAML tree: they locate every path at their origin.
 */
export class ManifestDocument {
  readonly source: SourceFile;
  readonly index: number;
  readonly value: Record<string, unknown>;
  readonly start: number;
  readonly end: number;
  /** Set by the schema stage: only valid documents reach the rules. */
  valid = false;

  /** The source tree, or how to build it: documents loaded by a worker thread re-parse their file on first use (src/load/parallel.ts). */
  private tree: PosNode | (() => PosNode | undefined) | undefined;

  constructor(
    source: SourceFile,
    doc: Pick<YamlDocument, 'index' | 'value' | 'start' | 'end'> & { root?: PosNode | (() => PosNode | undefined) },
  ) {
    this.source = source;
    this.index = doc.index;
    this.value = doc.value as Record<string, unknown>;
    this.tree = doc.root;
    this.start = doc.start;
    this.end = doc.end;
  }

  get root(): PosNode | undefined {
    if (typeof this.tree === 'function') this.tree = this.tree();
    return this.tree;
  }

  get file(): string {
    return this.source.path;
  }

  get apiVersion(): string {
    return String(this.value['apiVersion'] ?? '');
  }

  get kind(): string {
    const kind = this.value['kind'];
    return typeof kind === 'string' ? kind : '';
  }

  get name(): string {
    const metadata = this.value['metadata'];
    if (metadata && typeof metadata === 'object' && !Array.isArray(metadata)) {
      const name = (metadata as Record<string, unknown>)['name'];
      if (typeof name === 'string') return name;
      if (typeof name === 'number') return String(name);
    }
    return '';
  }

  /** The document's `spec`; typed per kind through `Manifest<K>`. */
  get spec(): unknown {
    return this.value['spec'];
  }

  get labels(): Record<string, string> {
    const metadata = this.value['metadata'] as Record<string, unknown> | undefined;
    const labels = metadata?.['labels'];
    return labels && typeof labels === 'object' ? (labels as Record<string, string>) : {};
  }

  /** `kind/name`, as messages name documents. */
  get ref(): string {
    return `${this.kind}/${this.name}`;
  }

  /** Whether `path` exists in the source. */
  has(path: JsonPath): boolean {
    return this.root ? findNode(this.root, path).exact : false;
  }

  /** The source range of a path (or of its deepest existing ancestor). */
  locate(path: JsonPath, target: Target = 'value'): Range {
    if (!this.root) return this.source.range(this.start, this.start);
    const { node } = findNode(this.root, path);
    const [start, end] = spanOf(node, target, this.source.text);
    return this.source.range(start, end);
  }

  /** Raw offsets of a path's value, for fixes. Undefined when the path is not in the source. */
  offsets(path: JsonPath, target: Target = 'value'): { start: number; end: number } | undefined {
    if (!this.root) return undefined;
    const { node, exact } = findNode(this.root, path);
    if (!exact) return undefined;
    if (target === 'key') return node.keyStart >= 0 ? { start: node.keyStart, end: node.keyEnd } : undefined;
    return { start: node.start, end: node.end };
  }
}

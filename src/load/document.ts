import type { Range } from '../types.js';
import type { SourceFile } from './source.js';
import type { PosNode } from './yaml/yaml.js';
import type { DocumentText } from './yaml/trees.js';
import { findNode, spanOf, type JsonPath } from './yaml/locate.js';

export type Target = 'key' | 'value';

/** A document's text and its source tree, or how to build the tree when it is first wanted (src/load/yaml/trees.ts). */
export interface DocumentParts extends DocumentText {
  root?: PosNode | (() => PosNode | undefined);
}

/**
 * One YAML document of a file that says it is an hvlint manifest (`apiVersion: hvlint/...`),
 * with the means to turn a JSON path inside it into a source range. Documents without a YAML
 * tree (built from an inventory) locate every path at their start.
 */
export class LoadedDocument {
  readonly source: SourceFile;
  readonly index: number;
  readonly value: Record<string, unknown>;
  readonly start: number;
  readonly end: number;

  /** The source tree, or how to build it: trees are built on first use (src/load/yaml/trees.ts). */
  private tree: PosNode | (() => PosNode | undefined) | undefined;

  constructor(source: SourceFile, doc: DocumentParts) {
    this.source = source;
    this.index = doc.index;
    this.value = doc.value as Record<string, unknown>;
    this.tree = doc.root;
    this.start = doc.start;
    this.end = doc.end;
  }

  /** The document as parts, its tree (or how to build it) included: to wrap it without building the tree. */
  get parts(): DocumentParts {
    return { index: this.index, start: this.start, end: this.end, value: this.value, root: this.tree };
  }

  get root(): PosNode | undefined {
    if (typeof this.tree === 'function') this.tree = this.tree();
    return this.tree;
  }

  get file(): string {
    return this.source.path;
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

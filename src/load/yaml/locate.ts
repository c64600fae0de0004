import type { JsonPath } from '../../types.js';
import type { PosNode } from './yaml.js';

export type { JsonPath };

/**
 * The source node at a JSON path, or the deepest ancestor that exists.
 * `exact` tells whether the whole path was found.
 */
export function findNode(root: PosNode, path: JsonPath): { node: PosNode; exact: boolean } {
  let node = root;
  for (const segment of path) {
    let next: PosNode | undefined;
    if (node.map) next = node.map.get(String(segment));
    else if (node.seq && typeof segment === 'number') next = node.seq[segment];
    else if (node.seq && /^\d+$/.test(String(segment))) next = node.seq[Number(segment)];
    if (!next) return { node, exact: false };
    node = next;
  }
  return { node, exact: true };
}

/**
 * Offsets to underline for a node: a scalar's own text; for a collection, its key when it has
 * one (underlining a whole block would cover many lines), else its first line.
 */
export function spanOf(node: PosNode, target: 'key' | 'value', text: string): [number, number] {
  if (target === 'key' && node.keyStart >= 0) return [node.keyStart, node.keyEnd];
  if (!node.map && !node.seq) {
    if (node.end > node.start) return [node.start, node.end];
    if (node.keyStart >= 0) return [node.keyStart, node.keyEnd];
    return [node.start, node.end];
  }
  if (node.keyStart >= 0) return [node.keyStart, node.keyEnd];
  let lineEnd = text.indexOf('\n', node.start);
  if (lineEnd === -1 || lineEnd > node.end) lineEnd = node.end;
  if (lineEnd > node.start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  return [node.start, Math.max(node.start + 1, lineEnd)];
}

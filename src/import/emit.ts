/**
 * Writing manifests as YAML text, deterministically: block maps in the order the values were
 * built (schema order), lists of scalars in flow style (`members: [Ethernet 3, Ethernet 4]`),
 * lists of maps in block style, and comment lines (`# TODO: ...`) placed before the key they
 * are about. Strings are written plain when YAML 1.2 (and YAML 1.1 tools) read them back as the
 * same string, single-quoted otherwise.
 */

export type Plain = string | number | boolean | null;
export type Value = Plain | Value[] | { [key: string]: Value };

/** Comment lines by the JSON path of the key they come before (`spec.domain`, `spec.nicTeams.0`). */
export type Comments = Map<string, string[]>;

const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
const NUMBER_LIKE = /^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.\d+|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i;
/** Plain in block context: no indicator first, no `: ` or ` #`, no leading/trailing space. */
const BLOCK_PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`](?:[^:#]|:(?!\s|$)|(?<!\s)#)*$/;

function needsQuotes(text: string, flow: boolean): boolean {
  if (text === '' || text !== text.trim()) return true;
  if (RESERVED.test(text) || NUMBER_LIKE.test(text)) return true;
  // Times and MACs (`10:20:30`, `01:00:5e:...`) read as numbers in YAML 1.1 tools: quote anything with a colon but a Windows path.
  if (text.includes(':') && !/^[A-Za-z]:\\/.test(text)) return true;
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return true;
  if (/[\u0000-\u001f\u007f]/.test(text)) return true;
  if (flow && /[,[\]{}]/.test(text)) return true;
  return !BLOCK_PLAIN.test(text);
}

export function scalar(value: Plain, flow = false): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (!needsQuotes(value, flow)) return value;
  if (/[\u0000-\u001f\u007f]/.test(value)) return JSON.stringify(value);
  return `'${value.replace(/'/g, "''")}'`;
}

function isPlain(value: Value): value is Plain {
  return value === null || typeof value !== 'object';
}

/** A key as YAML writes it. */
function key(text: string): string {
  return scalar(text);
}

/** One document's YAML (no `---`), each line ending in `\n`. */
export function emitDocument(value: { [key: string]: Value }, comments: Comments = new Map()): string {
  const out: string[] = [];
  emitMap(value, 0, [], comments, out);
  return out.map((line) => `${line}\n`).join('');
}

function commentLines(comments: Comments, path: Array<string | number>, indent: string, out: string[]): void {
  for (const line of comments.get(path.join('.')) ?? []) out.push(`${indent}# ${line}`);
}

function emitMap(
  map: { [key: string]: Value },
  depth: number,
  path: Array<string | number>,
  comments: Comments,
  out: string[],
  firstPrefix?: string,
): void {
  const indent = '  '.repeat(depth);
  let first = true;
  for (const [name, child] of Object.entries(map)) {
    if (child === undefined) continue;
    const childPath = [...path, name];
    // The first key of a map inside a list shares the line with its `- `.
    const lead = first && firstPrefix !== undefined ? firstPrefix : indent;
    if (!(first && firstPrefix !== undefined)) commentLines(comments, childPath, indent, out);
    first = false;
    if (isPlain(child)) out.push(`${lead}${key(name)}: ${scalar(child)}`);
    else if (Array.isArray(child)) {
      if (child.length === 0) out.push(`${lead}${key(name)}: []`);
      else if (child.every(isPlain)) out.push(`${lead}${key(name)}: [${child.map((c) => scalar(c, true)).join(', ')}]`);
      else {
        out.push(`${lead}${key(name)}:`);
        emitList(child, depth + 1, childPath, comments, out);
      }
    } else if (Object.keys(child).length === 0) out.push(`${lead}${key(name)}: {}`);
    else {
      out.push(`${lead}${key(name)}:`);
      emitMap(child, depth + 1, childPath, comments, out);
    }
  }
}

function emitList(list: Value[], depth: number, path: Array<string | number>, comments: Comments, out: string[]): void {
  const indent = '  '.repeat(depth);
  list.forEach((item, i) => {
    const itemPath = [...path, i];
    commentLines(comments, itemPath, indent, out);
    if (isPlain(item)) out.push(`${indent}- ${scalar(item)}`);
    else if (Array.isArray(item)) {
      out.push(`${indent}-`);
      emitList(item, depth + 1, itemPath, comments, out);
    } else if (Object.keys(item).length === 0) out.push(`${indent}- {}`);
    else emitMap(item, depth + 1, itemPath, comments, out, `${indent}- `);
  });
}

/**
 * load: a file's bytes → decoded text → YAML documents with source positions; the documents
 * that say they are hvlint manifests (apiVersion hvlint/...) are kept. Schema and model come
 * later (src/pipeline/check-file.ts). Every problem is a Finding with a position; nothing here
 * throws on bad input.
 */
import * as fs from 'node:fs';
import type { EmittedFinding, RelatedLocation } from '../types.js';
import type { DiscoveredFile } from '../discover/index.js';
import { decode, lineOfByte } from './decode.js';
import { SourceFile } from './source.js';
import { parseYaml, DEFAULT_LIMITS, type Limits, type YamlProblem } from './yaml/yaml.js';
import { LoadedDocument } from './document.js';
import { treeBuilder } from './yaml/trees.js';
import type { CoreRuleId } from '../rules/core.js';

export interface LoadedFile {
  file: string;
  source: SourceFile | undefined;
  /** hvlint documents (apiVersion hvlint/...). */
  manifests: LoadedDocument[];
  /** YAML mappings that do not say they are hvlint documents (another apiVersion, or none): skipped, but a later stage tells near misses. */
  skipped: LoadedDocument[];
  /** YAML documents in the file, hvlint or not. */
  yamlDocuments: number;
  findings: EmittedFinding[];
}

export interface FileReader {
  size(absolute: string): number;
  read(absolute: string): Uint8Array;
  /**
   * The file's bytes if it has at most `maxBytes`, else its size, without reading it all. When
   * present it replaces size() + read(): a stat before every read costs a system call per file.
   * The bytes may be a view of a buffer the next call reuses.
   */
  readUpTo?(absolute: string, maxBytes: number): Uint8Array | { size: number };
}

/** Reused for every file up to its size; larger files get a buffer of their own. */
const SCRATCH_BYTES = 256 * 1024;
let scratch: Buffer | undefined;

export const nodeFileReader: FileReader = {
  size: (absolute) => fs.statSync(absolute).size,
  read: (absolute) => fs.readFileSync(absolute),
  readUpTo(absolute, maxBytes) {
    const fd = fs.openSync(absolute, 'r');
    try {
      scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
      let buffer = scratch;
      let length = 0;
      for (;;) {
        if (length === buffer.length) {
          // Full: one byte past the limit says "too large" (then, and only then, ask the size).
          if (length > maxBytes) return { size: fs.fstatSync(fd).size };
          const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 4, maxBytes + 1));
          buffer.copy(bigger, 0, 0, length);
          buffer = bigger;
        }
        const n = fs.readSync(fd, buffer, length, Math.min(buffer.length, maxBytes + 1) - length, null);
        if (n === 0) break;
        length += n;
        if (length > maxBytes) return { size: fs.fstatSync(fd).size };
      }
      return buffer.subarray(0, length);
    } finally {
      fs.closeSync(fd);
    }
  },
};

export function fileFinding(file: string, ruleId: CoreRuleId, message: string, line = 1, column = 1): EmittedFinding {
  return {
    ruleId,
    message,
    file,
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    startOffset: 0,
    endOffset: 0,
    related: [],
  };
}

function statThenRead(reader: FileReader, entry: DiscoveredFile, limits: Limits): Uint8Array | { size: number } {
  const size = reader.size(entry.absolute);
  return size > limits.maxFileBytes ? { size } : reader.read(entry.absolute);
}

export function loadFile(
  entry: DiscoveredFile,
  limits: Limits = DEFAULT_LIMITS,
  reader: FileReader = nodeFileReader,
): LoadedFile {
  const result: LoadedFile = {
    file: entry.file,
    source: undefined,
    manifests: [],
    skipped: [],
    yamlDocuments: 0,
    findings: [],
  };
  if (entry.refused) {
    result.findings.push(fileFinding(entry.file, 'file-unreadable', entry.refused));
    return result;
  }
  let bytes: Uint8Array;
  try {
    // One read tells both the bytes and whether the file is over the limit; else stat first.
    const got = reader.readUpTo
      ? reader.readUpTo(entry.absolute, limits.maxFileBytes)
      : statThenRead(reader, entry, limits);
    if (!(got instanceof Uint8Array)) {
      const size = got.size;
      result.findings.push(
        fileFinding(
          entry.file,
          'yaml-limits',
          `file is ${formatBytes(size)}, over the ${formatBytes(limits.maxFileBytes)} limit: split it or raise limits.maxFileBytes`,
        ),
      );
      return result;
    }
    bytes = got;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOENT'
          ? 'it does not exist (a dangling link?)'
          : code === 'EISDIR'
            ? 'it is a directory'
            : String((error as Error).message);
    result.findings.push(fileFinding(entry.file, 'file-unreadable', `cannot read the file: ${why}`));
    return result;
  }
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const at = lineOfByte(bytes, decoded.offset);
    result.findings.push(
      fileFinding(entry.file, 'file-encoding', `${decoded.reason}: save it as UTF-8 text`, at.line, at.column),
    );
    return result;
  }
  return parseManifests(entry.file, decoded.text, limits, result);
}

/** Parse already-decoded text (also used by tests and the fixer). */
export function parseManifests(
  file: string,
  text: string,
  limits: Limits = DEFAULT_LIMITS,
  result?: LoadedFile,
): LoadedFile {
  const out: LoadedFile = result ?? {
    file,
    source: undefined,
    manifests: [],
    skipped: [],
    yamlDocuments: 0,
    findings: [],
  };
  const source = new SourceFile(file, text);
  out.source = source;
  // Trees are built when a position is wanted (trees.ts), not for every document.
  const parsed = parseYaml(source, limits, { trees: false });
  const treeOf = treeBuilder(source, limits);
  for (const problem of parsed.problems) out.findings.push(problemFinding(source, problem));
  out.yamlDocuments = parsed.documents.length;
  for (const doc of parsed.documents) {
    const value = doc.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const apiVersion = (value as Record<string, unknown>)['apiVersion'];
    const text = { index: doc.index, start: doc.start, end: doc.end, value: doc.value };
    const hvlint = typeof apiVersion === 'string' && apiVersion.startsWith('hvlint/');
    (hvlint ? out.manifests : out.skipped).push(new LoadedDocument(source, { ...text, root: treeOf(text) }));
  }
  return out;
}

function problemFinding(source: SourceFile, problem: YamlProblem): EmittedFinding {
  const range = source.range(problem.start, problem.end);
  const related: RelatedLocation[] = (problem.related ?? []).map((r) => ({
    file: source.path,
    message: r.message,
    ...source.range(r.start, r.end),
  }));
  return {
    ruleId: problem.ruleId,
    message: problem.message,
    file: source.path,
    ...range,
    related,
  };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

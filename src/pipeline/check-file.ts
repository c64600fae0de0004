/**
 * The per-file stage of the pipeline: load → schema (and near misses of manifests) → model
 * document. The main thread
 * (src/lint.ts) and the worker threads (src/pipeline/worker.ts) both check files with this,
 * so the two paths cannot drift apart.
 */
import type { EmittedFinding } from '../types.js';
import type { DiscoveredFile } from '../discover/index.js';
import { loadFile, parseManifests, nodeFileReader, type FileReader, type LoadedFile } from '../load/index.js';
import type { LoadedDocument } from '../load/document.js';
import type { SourceFile } from '../load/source.js';
import { DEFAULT_LIMITS, type Limits } from '../load/yaml/yaml.js';
import { validateDocument } from '../schema/index.js';
import { lookalikeFinding } from '../schema/api-version.js';
import { ManifestDocument } from '../model/document.js';

/** One file, checked: its decoded text, its manifests with their validity, and its findings. */
export interface CheckedFile {
  file: string;
  /** Undefined when the file could not be read or decoded. */
  source: SourceFile | undefined;
  documents: ManifestDocument[];
  /** Load findings, then each manifest's schema findings, in document order. */
  findings: EmittedFinding[];
}

/** Validate one loaded document: the manifest, valid or not, and its schema findings. */
export function checkDocument(loaded: LoadedDocument): { document: ManifestDocument; findings: EmittedFinding[] } {
  const { valid, findings } = validateDocument(loaded);
  return { document: ManifestDocument.of(loaded, valid), findings };
}

/** Read, decode, parse and validate one discovered file. */
export function checkFile(
  entry: DiscoveredFile,
  limits: Limits = DEFAULT_LIMITS,
  reader: FileReader = nodeFileReader,
): CheckedFile {
  return checkLoaded(loadFile(entry, limits, reader));
}

/** Parse and validate already-decoded text (in-memory files: tests, the docs checker, policy tests). */
export function checkText(file: string, text: string, limits: Limits = DEFAULT_LIMITS): CheckedFile {
  return checkLoaded(parseManifests(file, text, limits));
}

/** Add a finding for each skipped document that looks like a manifest (a misspelt apiVersion, a kind without one). */
export function reportLookalikes(loaded: LoadedFile): LoadedFile {
  for (const doc of loaded.skipped) {
    const finding = lookalikeFinding(doc);
    if (finding) loaded.findings.push(finding);
  }
  return loaded;
}

function checkLoaded(loaded: LoadedFile): CheckedFile {
  reportLookalikes(loaded);
  const checked: CheckedFile = { file: loaded.file, source: loaded.source, documents: [], findings: loaded.findings };
  for (const manifest of loaded.manifests) {
    const { document, findings } = checkDocument(manifest);
    for (const finding of findings) checked.findings.push(finding);
    checked.documents.push(document);
  }
  return checked;
}

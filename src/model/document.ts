import type { SourceFile } from '../load/source.js';
import { LoadedDocument, type DocumentParts, type Target } from '../load/document.js';

export type { Target };

/** A manifest's `kind`, or '' when it has none. */
export function kindOf(value: Record<string, unknown>): string {
  const kind = value['kind'];
  return typeof kind === 'string' ? kind : '';
}

/** A manifest's `metadata.name` (a number as written), or '' when it has none. */
export function nameOf(value: Record<string, unknown>): string {
  const metadata = value['metadata'];
  if (metadata && typeof metadata === 'object' && !Array.isArray(metadata)) {
    const name = (metadata as Record<string, unknown>)['name'];
    if (typeof name === 'string') return name;
    if (typeof name === 'number') return String(name);
  }
  return '';
}

/**
 * One hvlint manifest of the estate: a loaded document (its value and source ranges) and
 * whether it is schema-valid, as the schema stage found (only valid documents reach the rules).
 */
export class ManifestDocument extends LoadedDocument {
  readonly valid: boolean;

  constructor(source: SourceFile, doc: DocumentParts, valid = false) {
    super(source, doc);
    this.valid = valid;
  }

  /** A loaded document as a manifest of the estate; its tree stays unbuilt until wanted. */
  static of(loaded: LoadedDocument, valid: boolean): ManifestDocument {
    return new ManifestDocument(loaded.source, loaded.parts, valid);
  }

  get apiVersion(): string {
    return String(this.value['apiVersion'] ?? '');
  }

  get kind(): string {
    return kindOf(this.value);
  }

  get name(): string {
    return nameOf(this.value);
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
}

/**
 * The rule catalogue: one metadata record for every finding hvlint can emit. Four kinds of
 * entries share it: the pipeline's own findings (`core`: YAML, files, schema, config,
 * suppressions), model rules with a `check` (`rule`), drift findings (`drift`) and entries
 * registered at run time (`policy`, e.g. a user policy `acme/pci-backup`).
 *
 * Stages below rules/ emit findings without a severity; src/filter/severity.ts fills it from
 * the catalogue and the configuration, the one place severities are decided.
 */
import type { Severity } from '../types.js';
import type { RuleMeta } from './types.js';

export type EntryKind = 'core' | 'rule' | 'drift' | 'policy';

export interface CatalogueEntry {
  kind: EntryKind;
  meta: RuleMeta;
}

/** Built-in ids are kebab-case; run-time entries are namespaced as schemas/policy.schema.json has them: `<namespace>/<id>`. */
const BUILT_IN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NAMESPACED_ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\/[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export class Catalogue {
  private readonly entries = new Map<string, CatalogueEntry>();
  private sorted: RuleMeta[] | undefined;

  constructor(entries: Iterable<CatalogueEntry>) {
    for (const entry of entries) this.add(entry);
  }

  private add(entry: CatalogueEntry): void {
    const { id } = entry.meta;
    const pattern = entry.kind === 'policy' ? NAMESPACED_ID : BUILT_IN_ID;
    if (!pattern.test(id))
      throw new Error(
        `catalogue: ${entry.kind} id "${id}" must be ${entry.kind === 'policy' ? '<namespace>/<kebab-case-id>' : 'kebab-case'}`,
      );
    if (this.entries.has(id)) throw new Error(`catalogue: two entries with the id "${id}"`);
    this.entries.set(id, entry);
  }

  /**
   * A new catalogue with these run-time entries added; ids must be new. Without a kind, a
   * namespaced id (`acme/pci-backup`) is a user policy and a plain one a rule.
   */
  with(metas: readonly RuleMeta[], kind?: EntryKind): Catalogue {
    const added = metas.map((meta) => ({ kind: kind ?? (meta.id.includes('/') ? 'policy' : 'rule'), meta }));
    return new Catalogue([...this.entries.values(), ...added]);
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  get(id: string): CatalogueEntry | undefined {
    return this.entries.get(id);
  }

  /** The default severity of an entry; an unknown id (a bug) counts as an error, never as silence. */
  severity(id: string): Severity {
    return this.entries.get(id)?.meta.severity ?? 'error';
  }

  /** Every entry's metadata, sorted by id. */
  metas(): RuleMeta[] {
    this.sorted ??= [...this.entries.values()]
      .map((e) => e.meta)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return this.sorted;
  }

  ids(): Set<string> {
    return new Set(this.entries.keys());
  }
}

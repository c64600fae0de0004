import type { SeverityOrOff } from '../types.js';
import type { Limits } from '../load/yaml/yaml.js';
import type { PolicySet } from '../policy/load.js';

/** A rule's setting: a severity, or a severity with options. */
export type RuleEntry = SeverityOrOff | [SeverityOrOff] | [SeverityOrOff, Record<string, unknown>];

export interface Override {
  /** Globs, relative to the config's directory. */
  files: string[];
  /** Severities only: rule options are set in the top-level `rules`. */
  rules: Record<string, RuleEntry>;
}

/** The contents of `.hvlint.yml` (schemas/config.schema.json), plus where it was found. */
export interface Config {
  include?: string[];
  exclude?: string[];
  rules?: Record<string, RuleEntry>;
  overrides?: Override[];
  /** Globs of the files with custom policies (src/policy/), relative to the config's directory. */
  policies?: string[];
  /** Policy packs: relative paths or npm package names. */
  extends?: string[];
  limits?: Partial<Limits> & { policyCost?: number };
  /** The loaded and compiled policies, set by the loader (never read from the file). */
  policySet?: PolicySet;
  /**
   * Absolute directory of the config file, set by the loader (never read from the file).
   * Globs are relative to it; without it they are relative to the working directory.
   */
  root?: string;
}

export const SEVERITIES_OR_OFF: readonly SeverityOrOff[] = ['error', 'warning', 'notice', 'off'];

export function entrySeverity(entry: RuleEntry): SeverityOrOff {
  return Array.isArray(entry) ? entry[0] : entry;
}

export function entryOptions(entry: RuleEntry): Record<string, unknown> {
  return Array.isArray(entry) && entry.length > 1 ? (entry[1] ?? {}) : {};
}

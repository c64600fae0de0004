import type { SeverityOrOff } from '../types.js';
import type { Limits } from '../load/yaml.js';

/** A rule's setting: a severity, or a severity with options. */
export type RuleEntry = SeverityOrOff | [SeverityOrOff] | [SeverityOrOff, Record<string, unknown>];

export interface Override {
  files: string[];
  rules: Record<string, RuleEntry>;
}

export interface Config {
  include?: string[];
  exclude?: string[];
  rules?: Record<string, RuleEntry>;
  overrides?: Override[];
  limits?: Partial<Limits>;
}

export function entrySeverity(entry: RuleEntry): SeverityOrOff {
  return Array.isArray(entry) ? entry[0] : entry;
}

export function entryOptions(entry: RuleEntry): Record<string, unknown> {
  return Array.isArray(entry) && entry.length > 1 ? (entry[1] ?? {}) : {};
}

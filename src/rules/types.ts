import type { Severity } from '../types.js';
import type { ManifestDocument, Target } from '../model/document.js';
import type { Estate } from '../model/estate.js';
import type { JsonPath } from '../load/locate.js';

export type RuleArea = 'core' | 'nlb' | 'switch' | 'vm' | 'backup' | 'cluster' | 'failure' | 'drift' | 'policy';

export interface RuleMeta {
  /** Kebab-case id, also the doc page name: docs/rules/<id>.md. */
  id: string;
  severity: Severity;
  area: RuleArea;
  /** One line, starting with a verb. Must match the doc page's first paragraph. */
  description: string;
  fixable: boolean;
  /** Messages by id; `{{name}}` placeholders are filled from a report's data. */
  messages: Record<string, string>;
  /** JSON Schema of the rule's options object (validated with the config). */
  optionsSchema?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
  /** Where the fact behind the rule comes from (docs/domain.md sections, KB articles, RFCs). */
  sources: string[];
  /** Set for custom policies (src/policy/): the file that defines it and its `docs`. */
  policy?: { file: string; docs?: string };
}

export interface RelatedReport {
  doc: ManifestDocument;
  path: JsonPath;
  message: string;
  target?: Target;
}

export interface FixReport {
  /** What the fix does, shown in dry runs and suggestions. */
  description: string;
  /** Replace the value (or key) at `path` of `doc` with `text`. */
  edits: Array<{ doc: ManifestDocument; path: JsonPath; target?: Target; text: string }>;
}

export interface Report {
  doc: ManifestDocument;
  path: JsonPath;
  messageId: string;
  data?: Record<string, string | number>;
  /**
   * This finding's default severity when it differs from the rule's (an error only where the
   * configuration surely breaks, a warning elsewhere). A severity set in the configuration
   * still wins over it.
   */
  severity?: Severity;
  target?: Target;
  related?: RelatedReport[];
  fix?: FixReport;
}

export interface RuleContext<Options = Record<string, unknown>> {
  estate: Estate;
  options: Options;
  /** The clock, passed in: rules never read it themselves. */
  now: Date;
  report(report: Report): void;
}

export interface Rule<Options = any> {
  meta: RuleMeta;
  check(context: RuleContext<Options>): void;
}

export function fillMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

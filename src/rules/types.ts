/**
 * The Rule API. Every finding hvlint can emit belongs to one catalogue entry (src/rules/catalogue.ts):
 * its metadata (`RuleMeta`) says its id, default severity, messages and doc page. Model rules add
 * a `check` over the estate; they are written with `defineRule`, which types the message ids, so
 * reporting an id the rule does not declare is a compile error.
 */
import type { JsonPath, Severity } from '../types.js';
import type { ManifestDocument, Target } from '../model/document.js';
import type { Estate } from '../model/estate.js';

/** Areas group rules in `hvlint rules`, the starter config and SARIF tags; `policy` holds user policies. */
export type RuleArea = 'core' | 'nlb' | 'switch' | 'vm' | 'backup' | 'cluster' | 'failure' | 'drift' | 'policy';

export interface RuleMeta<MessageId extends string = string> {
  /** Kebab-case id, also the doc page name: docs/rules/<id>.md. User policies are `<namespace>/<id>`. */
  id: string;
  /** The default severity; the configuration may change it (src/filter/severity.ts applies both). */
  severity: Severity;
  area: RuleArea;
  /** One line, starting with a verb. Must match the doc page's first paragraph. */
  description: string;
  fixable: boolean;
  /** Messages by id; `{{name}}` placeholders are filled from a report's data. */
  messages: Record<MessageId, string>;
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

export interface Report<MessageId extends string = string> {
  doc: ManifestDocument;
  path: JsonPath;
  messageId: MessageId;
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

export interface RuleContext<Options = Record<string, unknown>, MessageId extends string = string> {
  estate: Estate;
  /**
   * The rule's defaults merged with the configuration's options. The config is schema-checked
   * when it is loaded, but rules still treat values defensively: a library caller may pass any.
   */
  options: Options;
  /** The clock, passed in: rules never read it themselves. */
  now: Date;
  report: (report: Report<MessageId>) => void;
}

/** A rule as the pipeline holds it: message ids and options erased (defineRule checked them). */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** A rule as it is written: message ids are the keys of `meta.messages`, options the shape of `meta.defaultOptions`. */
export interface RuleDefinition<MessageId extends string, Options extends Record<string, unknown>> {
  meta: RuleMeta<MessageId> & { defaultOptions?: Options };
  check(context: RuleContext<Options, MessageId>): void;
}

/**
 * Define a model rule. `report({ messageId })` only accepts the keys of `meta.messages`:
 * a typo is a compile error, as with typescript-eslint's RuleCreator.
 */
export function defineRule<MessageId extends string, Options extends Record<string, unknown> = Record<string, unknown>>(
  rule: RuleDefinition<MessageId, Options>,
): Rule {
  return rule as unknown as Rule;
}

export function fillMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/**
 * The one Finding type that flows through the whole pipeline:
 * discover → load → schema → model → rules → filter → report.
 */

export type Severity = 'error' | 'warning' | 'notice';
export type SeverityOrOff = Severity | 'off';

/** A path into a manifest's value: keys and sequence indexes. */
export type JsonPath = ReadonlyArray<string | number>;

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** A position in a source file: 1-based line and column (UTF-16 code units), end exclusive. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Zero-based, end-exclusive offsets into the decoded source text. */
  startOffset: number;
  endOffset: number;
}

export interface RelatedLocation extends Range {
  file: string;
  message: string;
}

/** A text edit in one file, by offsets into the decoded source text. */
export interface TextEdit {
  file: string;
  startOffset: number;
  endOffset: number;
  text: string;
}

export interface Fix {
  description: string;
  edits: TextEdit[];
}

export interface Suppression {
  kind: 'inline' | 'document' | 'baseline';
  reason: string;
  until?: string;
  file?: string;
  line?: number;
}

export interface Finding extends Range {
  ruleId: string;
  /** The rule's message id (rules with several messages); not part of the JSON report. */
  messageId?: string;
  severity: Severity;
  message: string;
  /** Path relative to the working directory, `/`-separated. */
  file: string;
  related: RelatedLocation[];
  /** Stable identity, independent of line numbers: kind/name of the document and JSON path. */
  document?: { kind: string; name: string };
  path?: Array<string | number>;
  fix?: Fix;
  suppressed?: Suppression;
}

/**
 * A finding as a stage emits it: everything but the severity. The catalogue and the
 * configuration decide severities in one place, src/filter/severity.ts.
 */
export type EmittedFinding = Omit<Finding, 'severity'> & {
  /** The default when this finding's differs from its catalogue entry's (see Report.severity); the configuration still wins. */
  defaultSeverity?: Severity;
};

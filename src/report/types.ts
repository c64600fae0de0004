import type { Finding } from '../types.js';
import type { SourceFile } from '../load/source.js';
import type { TopologyDiagram } from '../model/topology-diagram.js';
import type { RuleMeta } from '../rules/types.js';

export interface ReportInput {
  findings: Finding[];
  files: number;
  documents: number;
  sources: Map<string, SourceFile>;
  /** hvlint's version, for reports that name the tool. */
  version: string;
  /**
   * The NLB topology of the linted estate (src/model/topology-diagram.ts, drawn with these
   * findings), for reports that show it: the Markdown report's diagram.
   */
  topology?: TopologyDiagram;
  /** Absolute directory the findings' paths are relative to (SARIF's %SRCROOT%). */
  cwd?: string;
  /** Absolute directory SARIF paths are relative to (the repository root); default: cwd. */
  sarifRoot?: string;
  /** Findings below error left out by -q (reports that summarise say so). */
  hidden?: number;
  /**
   * Rule metadata beyond the built-in catalogue: the run's custom policies (their description,
   * docs and file), for reports that describe or link rules (SARIF descriptors, Markdown).
   */
  rules?: readonly RuleMeta[];
  /**
   * `--changed-since`: the findings are those on lines changed since `since`; `outside` more
   * were left out (reports that summarise say so).
   */
  changed?: { since: string; outside: number };
}

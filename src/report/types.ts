import type { Finding } from '../types.js';
import type { SourceFile } from '../load/source.js';
import type { Estate } from '../model/estate.js';

export interface ReportInput {
  findings: Finding[];
  files: number;
  documents: number;
  sources: Map<string, SourceFile>;
  /** hvlint's version, for reports that name the tool. */
  version: string;
  /** The linted estate, for reports that draw it (the Markdown topology diagram). */
  estate?: Estate;
  /** Absolute directory the findings' paths are relative to (SARIF's %SRCROOT%). */
  cwd?: string;
  /** Absolute directory SARIF paths are relative to (the repository root); default: cwd. */
  sarifRoot?: string;
  /** Findings below error left out by -q (reports that summarise say so). */
  hidden?: number;
}

import type { Finding } from '../types.js';
import type { SourceFile } from '../load/source.js';

export interface ReportInput {
  findings: Finding[];
  files: number;
  documents: number;
  sources: Map<string, SourceFile>;
  /** hvlint's version, for reports that name the tool. */
  version: string;
}

import type { ReportInput } from './types.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import { formatSarif } from './sarif.js';
import { formatGithub } from './github.js';
import { formatMarkdown } from './markdown.js';
import { formatAzure } from './azure.js';
import { formatGitlab } from './gitlab.js';
import { formatJunit } from './junit.js';
import { formatCheckstyle } from './checkstyle.js';

export const FORMATS = [
  'stylish',
  'json',
  'sarif',
  'github',
  'markdown',
  'azure',
  'gitlab',
  'junit',
  'checkstyle',
] as const;
export type Format = (typeof FORMATS)[number];

export function formatReport(
  format: Format,
  input: ReportInput,
  options: { color: boolean; githubActions?: boolean; azureSummaryFile?: string },
): string {
  switch (format) {
    case 'json':
      return formatJson(input);
    case 'stylish':
      return formatStylish(input, options);
    case 'sarif':
      return formatSarif(input);
    case 'github':
      return formatGithub(input);
    case 'markdown':
      return formatMarkdown(input);
    case 'azure':
      return formatAzure(input, options.azureSummaryFile ? { summaryFile: options.azureSummaryFile } : {});
    case 'gitlab':
      return formatGitlab(input);
    case 'junit':
      return formatJunit(input);
    case 'checkstyle':
      return formatCheckstyle(input);
  }
}

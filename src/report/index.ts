import type { ReportInput } from './types.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import { formatSarif } from './sarif.js';
import { formatGithub } from './github.js';
import { formatMarkdown } from './markdown.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export function formatReport(
  format: Format,
  input: ReportInput,
  options: { color: boolean; githubActions?: boolean },
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
  }
}

/**
 * Reports of the what-if simulation: a table failure → consequences and a Mermaid diagram per
 * failure (Markdown, also in the job summary), and one JSON shape for tools. Text from manifests
 * is escaped as in the Markdown lint report.
 */
import type { Finding } from '../types.js';
import type { WhatIfResult, FailureResult } from '../whatif/result.js';
import { countBySeverity, jsonFinding } from './json.js';
import { escapeMarkdown } from './markdown.js';
import { mermaidText } from '../util/mermaid.js';

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The table failure → consequences: failures with consequences first (in sweep order), then a line for the rest. */
export function whatIfTable(failures: readonly FailureResult[], maxRows = 200): string {
  const hit = failures.filter((f) => f.consequences.length > 0);
  const quiet = failures.length - hit.length;
  const lines = ['| Failure | Consequences |', '| --- | --- |'];
  for (const failure of hit.slice(0, maxRows)) {
    const text = failure.consequences.map((c) => `${escapeMarkdown(c.summary)} (\`${c.ruleId}\`)`).join('<br>');
    lines.push(`| ${escapeMarkdown(failure.description)} | ${text} |`);
  }
  const out = [lines.join('\n'), ''];
  if (hit.length > maxRows)
    out.push(`${plural(hit.length - maxRows, 'more failure')} with consequences not shown.`, '');
  if (quiet > 0) out.push(`${plural(quiet, 'other failure')}: no consequence found.`, '');
  return out.join('\n');
}

/**
 * A Mermaid flowchart of what failures take down: each failed element (red), an edge to each
 * thing that goes with it, and dashed edges for VMs the cluster restarts elsewhere.
 */
export function whatIfDiagram(failures: readonly FailureResult[], maxFailures = 8): string | undefined {
  const drawn = failures.filter((f) => f.consequences.some((c) => c.takesDown.length > 0)).slice(0, maxFailures);
  if (drawn.length === 0) return undefined;
  const ids = new Map<string, string>();
  const lines = ['flowchart LR'];
  const node = (key: string, label: string, failed = false): string => {
    let id = ids.get(key);
    if (!id) {
      id = `n${ids.size}`;
      ids.set(key, id);
      lines.push(`  ${id}["${mermaidText(label)}"]${failed ? ':::failed' : ''}`);
    }
    return id;
  };
  for (const failure of drawn) {
    const from = node(`failure|${failure.id}`, `✖ ${failure.description.replace(/"/g, '')}`, true);
    const down = new Set<string>();
    for (const c of failure.consequences) for (const name of c.takesDown) down.add(name);
    for (const name of [...down].slice(0, 12)) lines.push(`  ${from} --> ${node(`down|${failure.id}|${name}`, name)}`);
    if (down.size > 12) lines.push(`  ${from} --> ${node(`more|${failure.id}`, `${down.size - 12} more`)}`);
    for (const restart of failure.restarts.filter((r) => r.from).slice(0, 6))
      lines.push(
        `  ${from} -.->|restarts| ${node(`vm|${failure.id}|${restart.vm}`, `${restart.vm} on ${restart.to}`)}`,
      );
  }
  lines.push('  classDef failed fill:#ffebe9,stroke:#d1242f,color:#d1242f');
  return lines.join('\n');
}

/**
 * The what-if section of the GitHub job summary: the sweep the lint ran, as the table and the
 * diagram. Its findings are the lint's own (listed in the report above it), so only how many
 * things were not judged is said here.
 */
export function formatWhatIfSummary(
  result: WhatIfResult,
  options: { maxRows?: number; maxFailures?: number } = {},
): string {
  const hit = result.failures.filter((f) => f.consequences.length > 0).length;
  const out: string[] = ['### What-if: single failures', ''];
  out.push(
    `${plural(result.failures.length, 'single failure')} simulated (every host, switch and LAG): ${
      hit === 0 ? 'no consequence found' : `${plural(hit, 'failure')} with consequences`
    }. \`hvlint whatif\` shows each consequence with its place in the manifests.`,
    '',
  );
  if (hit > 0) out.push(whatIfTable(result.failures, options.maxRows ?? 50));
  const diagram = whatIfDiagram(result.failures, options.maxFailures ?? 8);
  if (diagram) out.push('```mermaid', diagram, '```', '');
  if (result.notJudged.length > 0)
    out.push(
      `${plural(result.notJudged.length, 'question')} the simulation could not judge, for fields the manifests do not declare: \`hvlint whatif\` lists them.`,
      '',
    );
  return out.join('\n');
}

export interface WhatIfReportInput {
  result: WhatIfResult;
  /** Findings of the stages before the simulation (unreadable files, schema errors): documents the simulation did not see. */
  skipped: Finding[];
  files: number;
  documents: number;
  version: string;
}

export function formatWhatIfMarkdown(input: WhatIfReportInput): string {
  const { result } = input;
  const visible = result.findings.filter((f) => !f.suppressed);
  const out: string[] = ['## hvlint what-if', ''];
  const hit = result.failures.filter((f) => f.consequences.length > 0).length;
  out.push(
    `${plural(result.failures.length, 'single failure')} simulated over ${plural(input.documents, 'document')} (${plural(input.files, 'file')}): ${plural(hit, 'failure')} with consequences, ${plural(visible.length, 'finding')}.`,
    '',
  );
  out.push(whatIfTable(result.failures));
  const diagram = whatIfDiagram(result.failures);
  if (diagram) out.push('### What each failure takes down', '', '```mermaid', diagram, '```', '');
  if (visible.length > 0) {
    out.push('### Findings', '');
    for (const f of visible)
      out.push(
        `- \`${escapeMarkdown(f.file)}:${f.line}\` ${escapeMarkdown(f.message)} (\`${f.ruleId}\`, ${f.severity})`,
      );
    out.push('');
  }
  if (result.notJudged.length > 0) {
    out.push('### Not judged', '');
    for (const gap of result.notJudged)
      out.push(`- \`${escapeMarkdown(gap.file)}:${gap.line}\` ${escapeMarkdown(gap.message)}`);
    out.push('');
  }
  if (input.skipped.length > 0) {
    out.push(
      `> [!WARNING]\n> ${plural(input.skipped.length, 'problem')} in the manifests kept documents out of the simulation: run \`hvlint\` to see them.`,
      '',
    );
  }
  return out.join('\n');
}

export function formatWhatIfJson(input: WhatIfReportInput): string {
  const { result } = input;
  const findings = [...input.skipped, ...result.findings].filter((f) => !f.suppressed);
  return (
    JSON.stringify(
      {
        version: 1,
        failures: result.failures.map((f) => ({
          failure: f.id,
          description: f.description,
          consequences: f.consequences,
          restarts: f.restarts,
          down: f.down,
        })),
        notJudged: result.notJudged,
        findings: findings.map(jsonFinding),
        summary: {
          files: input.files,
          documents: input.documents,
          failures: result.failures.length,
          errors: countBySeverity(findings).error,
          warnings: countBySeverity(findings).warning,
          notices: countBySeverity(findings).notice,
        },
      },
      null,
      2,
    ) + '\n'
  );
}

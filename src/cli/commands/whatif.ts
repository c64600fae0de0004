/** `hvlint whatif [--fail <element>]... [paths...]`: simulate single failures. A thin face over runWhatIf(). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { usageMessage, type CliIO } from '../io.js';
import type { Finding, Severity } from '../../types.js';
import { SEVERITY_RANK } from '../../types.js';
import { lint } from '../../lint.js';
import { loadConfig } from '../../config/load.js';
import { VERSION } from '../../version.js';
import { formatReport } from '../../report/index.js';
import { formatWhatIfJson, formatWhatIfMarkdown } from '../../report/whatif.js';
import { parseFailure, type Failure } from '../../whatif/failures.js';
import type { WhatIfResult } from '../../whatif/result.js';
import { canSimulate, runWhatIf } from '../../whatif/run.js';
import { CORE_RULES } from '../../rules/core.js';

export const WHATIF_HELP = `Usage: hvlint whatif [options] [paths...]

Simulate the loss of each host, each switch and each LAG of the estate described by the
manifests (paths: files or directories, default: the current directory), or only of the
elements given with --fail, and report what each failure takes down: VMs without room to
restart, clusters without quorum, NLB clusters without nodes or multicast path, domains
without a DC, backup jobs without their proxy, VMs without a network. See docs/whatif.md.

Options:
      --fail <element>    simulate only this failure (repeatable): host:<name>, switch:<name>,
                          lag:<switch>/<id>
  -f, --format <name>     stylish (default), json, markdown
  -c, --config <file>     config file (default: nearest .hvlint.yml upwards)
      --fail-on <level>   exit 1 when a consequence is at least: error (default), warning, notice
  -o, --output <file>     write the report to a file instead of stdout
      --color / --no-color  force colour on or off (default: on for a terminal)
  -h, --help              print this help

Exit status: 0 nothing at or above --fail-on, 1 something is, 2 usage error or nothing to simulate.
`;

const FORMATS = ['stylish', 'json', 'markdown'] as const;
type WhatIfFormat = (typeof FORMATS)[number];
const PIPELINE_RULES = new Set(CORE_RULES.map((meta) => meta.id));

export async function whatifCommand(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        fail: { type: 'string', multiple: true },
        format: { type: 'string', short: 'f', default: 'stylish' },
        config: { type: 'string', short: 'c' },
        'fail-on': { type: 'string', default: 'error' },
        output: { type: 'string', short: 'o' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`hvlint whatif: ${usageMessage(error)}\n\n${WHATIF_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(WHATIF_HELP);
    return 0;
  }
  const format = values.format as WhatIfFormat;
  if (!FORMATS.includes(format)) {
    io.stderr(`hvlint whatif: --format must be one of ${FORMATS.join(', ')}; got "${values.format}"\n`);
    return 2;
  }
  const failOn = values['fail-on'] as Severity;
  if (!(failOn in SEVERITY_RANK)) {
    io.stderr(`hvlint whatif: --fail-on must be one of error, warning, notice; got "${values['fail-on']}"\n`);
    return 2;
  }
  try {
    const loadedConfig = loadConfig(io.cwd, values.config);
    if (values.config && !loadedConfig.file) {
      io.stderr(`hvlint whatif: config file "${values.config}" not found\n`);
      return 2;
    }
    const config = loadedConfig.config;
    const linted = await lint({ cwd: io.cwd, paths: positionals, config, ...(io.now ? { now: io.now } : {}) });
    const estate = linted.estate;
    if (!canSimulate(estate)) {
      io.stderr(
        `hvlint whatif: nothing to simulate: no valid HyperVHost or Switch manifest in ${count(linted.documents, 'document')} (${count(linted.files, 'file')})${linted.files === 0 ? '; check the paths' : '; run hvlint to see why'}\n`,
      );
      return 2;
    }
    let failures: Failure[] | undefined;
    if (values.fail?.length) {
      failures = [];
      for (const text of values.fail) {
        const parsedFailure = parseFailure(estate, text);
        if ('error' in parsedFailure) {
          io.stderr(`hvlint whatif: ${parsedFailure.error}\n`);
          return 2;
        }
        failures.push(parsedFailure);
      }
    }
    const result = runWhatIf(linted, {
      config,
      cwd: io.cwd,
      now: io.now ?? new Date(),
      ...(failures ? { failures } : {}),
    });
    // The pipeline's own findings (unreadable files, YAML and schema errors) say what the simulation did not see.
    const skipped = [...loadedConfig.findings, ...linted.findings.filter((f) => PIPELINE_RULES.has(f.ruleId))];
    const input = { result, skipped, files: linted.files, documents: linted.documents, version: VERSION };
    let text: string;
    if (format === 'json') text = formatWhatIfJson(input);
    else if (format === 'markdown') text = formatWhatIfMarkdown(input);
    else {
      const color = values['no-color'] ? false : values.color ? true : io.isTTY && !io.env['NO_COLOR'];
      const sources = new Map(linted.sources);
      if (loadedConfig.source && loadedConfig.file) sources.set(loadedConfig.file, loadedConfig.source);
      text =
        formatReport(
          'stylish',
          {
            findings: [...skipped, ...result.findings],
            files: linted.files,
            documents: linted.documents,
            sources,
            version: VERSION,
          },
          { color },
        ) + stylishTail(result, failures === undefined);
    }
    if (values.output) fs.writeFileSync(path.resolve(io.cwd, values.output), text);
    else io.stdout(text);
    const threshold = SEVERITY_RANK[failOn];
    const all: Finding[] = [...skipped, ...result.findings];
    return all.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
  } catch (error) {
    io.stderr(`hvlint whatif: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

/** After the findings: how many failures were simulated, and what could not be judged. */
function stylishTail(result: WhatIfResult, sweep: boolean): string {
  const hit = result.failures.filter((f) => f.consequences.length > 0);
  const lines = [
    '',
    `${result.failures.length} ${sweep ? 'single failures simulated (every host, switch and LAG)' : result.failures.length === 1 ? 'failure simulated' : 'failures simulated'}; ${hit.length} with consequences${hit.length ? `: ${hit.map((f) => f.description).join(', ')}` : ''}`,
  ];
  if (result.notJudged.length > 0) {
    lines.push('', 'not judged (add the field named to let the simulation judge it):');
    for (const gap of result.notJudged) lines.push(`  ${gap.file}:${gap.line}:${gap.column}  ${gap.message}`);
  }
  return lines.join('\n') + '\n';
}

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

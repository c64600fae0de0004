/** `hvlint [paths...]`: lint manifests and report. A thin face over `lint()`. */
import { parseArgs } from 'node:util';
import type { Severity } from '../../types.js';
import { SEVERITY_RANK } from '../../types.js';
import { lint } from '../../lint.js';
import { loadConfig } from '../../config/load.js';
import { VERSION } from '../../version.js';
import { formatReport, FORMATS, type Format } from '../../report/index.js';
import type { CliIO } from '../io.js';

export const LINT_HELP = `Usage: hvlint [options] [paths...]
       hvlint <command> [options]   (hvlint help lists the commands)

Lint Hyper-V infrastructure manifests (YAML, apiVersion hvlint/v1).
Paths are files or directories (default: the current directory).

Options:
  -f, --format <name>     stylish (default), json, sarif, github, markdown
  -c, --config <file>     config file (default: nearest .hvlint.yml upwards)
      --fail-on <level>   exit 1 when a finding is at least: error (default), warning, notice
  -q, --quiet             report errors only
  -o, --output <file>     write the report to a file instead of stdout
      --color / --no-color  force colour on or off (default: on for a terminal)
  -v, --version           print the version
  -h, --help              print this help

Exit status: 0 nothing at or above --fail-on, 1 something is, 2 usage or internal error.
`;

export async function lintCommand(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        config: { type: 'string', short: 'c' },
        'fail-on': { type: 'string', default: 'error' },
        quiet: { type: 'boolean', short: 'q', default: false },
        output: { type: 'string', short: 'o' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`hvlint: ${(error as Error).message}\n\n${LINT_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(LINT_HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    io.stderr(`hvlint: --format must be one of ${FORMATS.join(', ')}; got "${values.format}"\n`);
    return 2;
  }
  const failOn = values['fail-on'] as Severity;
  if (!(failOn in SEVERITY_RANK)) {
    io.stderr(`hvlint: --fail-on must be one of error, warning, notice; got "${values['fail-on']}"\n`);
    return 2;
  }
  try {
    const loadedConfig = loadConfig(io.cwd, values.config);
    if (values.config && !loadedConfig.file) {
      io.stderr(`hvlint: config file "${values.config}" not found\n`);
      return 2;
    }
    const result = await lint({ cwd: io.cwd, paths: positionals, config: loadedConfig.config, now: io.now });
    let findings = [...loadedConfig.findings, ...result.findings];
    if (values.quiet) findings = findings.filter((f) => f.severity === 'error');
    const sources = new Map(result.sources);
    if (loadedConfig.source && loadedConfig.file) sources.set(loadedConfig.file, loadedConfig.source);
    const color = values['no-color'] ? false : values.color ? true : io.isTTY && !io.env['NO_COLOR'];
    const text = formatReport(format, { findings, files: result.files, documents: result.documents, sources, version: VERSION }, { color });
    if (values.output) {
      const fs = await import('node:fs');
      const path = await import('node:path');
      fs.writeFileSync(path.resolve(io.cwd, values.output), text);
    } else {
      io.stdout(text);
    }
    const threshold = SEVERITY_RANK[failOn];
    return findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
  } catch (error) {
    io.stderr(`hvlint: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

/** `hvlint drift --inventory <dir> [paths...]`: audit manifests against an inventory. A thin face over `drift()`. */
import { usageMessage } from '../io.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { Severity } from '../../types.js';
import { SEVERITY_RANK } from '../../types.js';
import { drift } from '../../drift/audit.js';
import { formatDriftMarkdown } from '../../drift/markdown.js';
import { findConfigFor, loadConfig } from '../../config/load.js';
import { VERSION } from '../../version.js';
import { formatReport, FORMATS, type Format } from '../../report/index.js';
import type { CliIO } from '../io.js';
import { repositoryRoot } from '../../util/paths.js';
import { docUrl } from '../../report/links.js';
import { exitStatus, quietFilter, reportUnchecked, writeOutputFile } from '../outcome.js';

export const DRIFT_HELP = `Usage: hvlint drift --inventory <dir> [options] [paths...]

Audit the manifests (paths: files or directories, default: the current directory) against
an inventory of the live estate: PowerShell exports written by scripts/Export-HvInventory.ps1
(<dir>/<host>/*.json) and switch running configurations (<dir>/switches/<name>.txt).
Reports drift at the manifests, policy findings the live estate has and the manifests do not,
and inventory files that could not be read. See ${docUrl('drift.md')}.

Options:
  -i, --inventory <dir>   the inventory directory (required)
  -f, --format <name>     stylish (default), json, sarif, github, markdown (the drift report), azure,
                          gitlab, junit, checkstyle
  -c, --config <file>     config file (default: the nearest .hvlint.yml upwards from the paths)
      --fail-on <level>   exit 1 when a finding is at least: error (default), warning, notice
  -q, --quiet             report errors only
  -o, --output <file>     write the report to a file instead of stdout (missing folders are created)
      --sarif-root <dir>  SARIF file paths are relative to this folder (default: the repository root,
                          the nearest folder upwards holding .git, else the current directory)
      --allow-empty       exit 0 when the manifests or the inventory hold nothing to compare
      --color / --no-color  force colour on or off (default: on for a terminal)
  -h, --help              print this help

Exit status: 0 nothing at or above --fail-on, 1 something is, 2 usage or internal error,
a path that does not exist, or no manifests or no inventory to compare (nothing was checked).
`;

export async function driftCommand(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        inventory: { type: 'string', short: 'i' },
        format: { type: 'string', short: 'f', default: 'stylish' },
        config: { type: 'string', short: 'c' },
        'fail-on': { type: 'string', default: 'error' },
        quiet: { type: 'boolean', short: 'q', default: false },
        output: { type: 'string', short: 'o' },
        'sarif-root': { type: 'string' },
        'allow-empty': { type: 'boolean', default: false },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`hvlint drift: ${usageMessage(error)}\n\n${DRIFT_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(DRIFT_HELP);
    return 0;
  }
  if (!values.inventory) {
    io.stderr(`hvlint drift: --inventory <dir> is required\n\n${DRIFT_HELP}`);
    return 2;
  }
  const inventoryDir = path.resolve(io.cwd, values.inventory);
  if (!fs.existsSync(inventoryDir) || !fs.statSync(inventoryDir).isDirectory()) {
    io.stderr(
      `hvlint drift: inventory "${values.inventory}" is not a directory: give the directory Export-HvInventory.ps1 wrote\n`,
    );
    return 2;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    io.stderr(`hvlint drift: --format must be one of ${FORMATS.join(', ')}; got "${values.format}"\n`);
    return 2;
  }
  const failOn = values['fail-on'] as Severity;
  if (!(failOn in SEVERITY_RANK)) {
    io.stderr(`hvlint drift: --fail-on must be one of error, warning, notice; got "${values['fail-on']}"\n`);
    return 2;
  }
  try {
    const loadedConfig = loadConfig(io.cwd, values.config ?? findConfigFor(io.cwd, positionals));
    if (values.config && !loadedConfig.file) {
      io.stderr(`hvlint drift: config file "${values.config}" not found\n`);
      return 2;
    }
    const result = await drift({
      cwd: io.cwd,
      inventory: values.inventory,
      paths: positionals,
      config: loadedConfig.config,
      now: io.now,
    });
    const all = [...loadedConfig.findings, ...result.findings];
    const { shown: findings, hidden } = quietFilter(all, values.quiet);
    const sources = new Map(result.sources);
    if (loadedConfig.source && loadedConfig.file) sources.set(loadedConfig.file, loadedConfig.source);
    const color = values['no-color'] ? false : values.color ? true : io.isTTY && !io.env['NO_COLOR'];
    const text =
      format === 'markdown'
        ? formatDriftMarkdown({ ...result, findings }, { version: VERSION, maxBytes: Number.MAX_SAFE_INTEGER })
        : formatReport(
            format,
            {
              findings,
              files: result.files,
              documents: result.documents,
              sources,
              version: VERSION,
              hidden,
              cwd: io.cwd,
              sarifRoot: values['sarif-root']
                ? path.resolve(io.cwd, values['sarif-root'])
                : (repositoryRoot(io.cwd) ?? io.cwd),
            },
            { color, githubActions: io.env['GITHUB_ACTIONS'] === 'true' && !values.output },
          );
    if (values.output) {
      const failed = writeOutputFile(io.cwd, values.output, text);
      if (failed) {
        io.stderr(`hvlint drift: ${failed}\n`);
        return 2;
      }
    } else io.stdout(text);
    let unchecked = reportUnchecked(io, 'hvlint drift', result, values['allow-empty']);
    if (result.inventory.hosts.length === 0 && result.inventory.switches.length === 0 && !values['allow-empty']) {
      io.stderr(
        `hvlint drift: the inventory "${values.inventory}" holds no host directories and no switch configurations: nothing was compared; pass --allow-empty to accept an empty run\n`,
      );
      unchecked = true;
    }
    if (unchecked) return 2;
    return exitStatus(all, failOn);
  } catch (error) {
    io.stderr(`hvlint drift: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

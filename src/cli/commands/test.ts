/** `hvlint test [paths...]`: run the `tests:` of custom policies and show a diff for each failure. */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { usageMessage, type CliIO } from '../io.js';
import { loadConfig } from '../../config/load.js';
import { discover } from '../../discover/index.js';
import { CATALOGUE, allRuleMeta } from '../../rules/index.js';
import { assignSeverities } from '../../filter/severity.js';
import { loadPolicies, type PolicySet } from '../../policy/load.js';
import { formatTestRun, runPolicyTests } from '../../policy/test.js';
import { formatReport } from '../../report/index.js';
import { VERSION } from '../../version.js';

export const TEST_HELP = `Usage: hvlint test [options] [paths...]

Run the tests of custom policies: each case's manifests are linted with its policy alone, and
the findings must be exactly the expected ones. Paths are policy files or directories
(default: the files listed under policies: and extends: in the config).

Options:
  -c, --config <file>     config file (default: nearest .hvlint.yml upwards)
      --color / --no-color  force colour on or off (default: on for a terminal)
  -h, --help              print this help

Exit status: 0 every test passed, 1 a test failed or a policy has mistakes, 2 no tests found or usage error.
`;

export async function testCommand(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`hvlint test: ${usageMessage(error)}\n\n${TEST_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(TEST_HELP);
    return 0;
  }
  const color = values['no-color'] ? false : values.color ? true : io.isTTY && !io.env['NO_COLOR'];
  let set: PolicySet | undefined;
  if (positionals.length > 0) {
    const { files, missing } = discover({ cwd: io.cwd, paths: positionals });
    if (missing.length > 0) {
      io.stderr(`hvlint test: ${missing.map((m) => `"${m}"`).join(', ')} does not exist: check the path\n`);
      return 2;
    }
    set = loadPolicies(
      files.map((f) => f.absolute),
      { root: io.cwd, cwd: io.cwd, builtinIds: new Set(allRuleMeta().map((m) => m.id)) },
    );
  } else {
    const loaded = loadConfig(io.cwd, values.config);
    set = loaded.config.policySet;
    if (!set) {
      io.stderr(
        `hvlint test: ${loaded.file ?? 'no .hvlint.yml'} lists no policies: name policy files (hvlint test policies/) or list them under policies:\n`,
      );
      return 2;
    }
  }
  const run = runPolicyTests(set, io.now ?? new Date());
  let status = 0;
  if (set.findings.length > 0) {
    io.stdout(
      formatReport(
        'stylish',
        {
          findings: assignSeverities(set.findings, CATALOGUE, {}),
          files: set.sources.size,
          documents: set.documents.length,
          sources: set.sources,
          version: VERSION,
          cwd: io.cwd,
        },
        { color },
      ),
    );
    status = 1;
  }
  if (run.cases.length === 0) {
    io.stderr(
      `hvlint test: no test cases in ${set.files.size} policy file${set.files.size === 1 ? '' : 's'} (${[...set.files].map((f) => path.relative(io.cwd, f)).join(', ') || 'none'}): add tests: to the policies\n`,
    );
    return 2;
  }
  io.stdout(formatTestRun(run, color));
  return run.cases.some((c) => !c.passed) ? 1 : status;
}

/** `hvlint init`: write a commented starter .hvlint.yml in the current directory. */
import { usageMessage } from '../io.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_NAMES } from '../../config/load.js';
import { starterConfig } from '../../config/starter.js';
import { allRuleMeta } from '../../rules/index.js';
import { docUrl } from '../../report/links.js';
import type { CliIO } from '../io.js';

export const INIT_HELP = `Usage: hvlint init [--force]

Write a starter .hvlint.yml in the current directory: every setting explained and every
rule listed with its default severity and options. An existing config is kept unless
--force is given.

Options:
      --force   overwrite an existing config
  -h, --help    print this help
`;

export async function initCommand(argv: string[], io: CliIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    }));
  } catch (error) {
    io.stderr(`hvlint init: ${usageMessage(error)}\n\n${INIT_HELP}`);
    return 2;
  }
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  const existing = CONFIG_NAMES.find((name) => fs.existsSync(path.join(io.cwd, name)));
  if (existing && !values.force) {
    io.stderr(`hvlint init: ${existing} already exists: edit it, or run hvlint init --force to replace it\n`);
    return 2;
  }
  const file = path.join(io.cwd, existing ?? CONFIG_NAMES[0]!);
  fs.writeFileSync(file, starterConfig(allRuleMeta()));
  io.stdout(`wrote ${path.basename(file)}: see ${docUrl('configuration.md')}, or hvlint rules for the rule ids\n`);
  return 0;
}

/**
 * The command line. `hvlint [paths...]` lints; other commands are named first
 * (`hvlint drift ...`). Commands load lazily so `hvlint --version` stays fast.
 */
import type { CliIO, Command } from './io.js';
import { VERSION } from '../version.js';

export type { CliIO } from './io.js';

/** Subcommands: name → loader of the module that runs it. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  lint: {
    summary: 'lint manifests (the default command)',
    load: async () => (await import('./commands/lint.js')).lintCommand,
  },
  drift: {
    summary: 'audit manifests against an inventory of the live estate',
    load: async () => (await import('./commands/drift.js')).driftCommand,
  },
  whatif: {
    summary: 'simulate the loss of each host, switch and LAG, and report what it takes down',
    load: async () => (await import('./commands/whatif.js')).whatifCommand,
  },
  import: {
    summary: 'write manifests from an inventory of the live estate, or update them (--update)',
    load: async () => (await import('./commands/import.js')).importCommand,
  },
  init: {
    summary: 'write a commented starter .hvlint.yml',
    load: async () => (await import('./commands/init.js')).initCommand,
  },
  rules: {
    summary: 'list the rules with severity, area and description',
    load: async () => (await import('./commands/rules.js')).rulesCommand,
  },
  test: {
    summary: 'run the tests of custom policies (their tests: cases)',
    load: async () => (await import('./commands/test.js')).testCommand,
  },
  explain: {
    summary: "print a rule's documentation page",
    load: async () => (await import('./commands/explain.js')).explainCommand,
  },
};

export function commandList(): string {
  return Object.entries(COMMANDS)
    .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
    .join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  // `hvlint --version` alone answers without loading a command.
  if (argv.length === 1 && (first === '--version' || first === '-v')) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  // `hvlint help <command>` is `hvlint <command> --help`.
  if (first === 'help' && rest[0] !== undefined && COMMANDS[rest[0]])
    return (await COMMANDS[rest[0]]!.load())(['--help'], io);
  if (first === 'help') {
    io.stdout(
      `Usage: hvlint [command] [options] [paths...]\n\nCommands:\n${commandList()}\n\nRun hvlint <command> --help for a command's options.\n`,
    );
    return 0;
  }
  const command = first !== undefined ? COMMANDS[first] : undefined;
  const run = command ? await command.load() : await COMMANDS['lint']!.load();
  return run(command ? rest : argv, io);
}

/**
 * `hvlint import`: manifests from an inventory (`--out`), or existing manifests brought in line
 * with it (`--update`). A thin face over src/import/: reading the inventory and writing files
 * happen here, everything else is pure.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { usageMessage, type CliIO } from '../io.js';
import { parseInventory, readInventoryFiles } from '../../drift/inventory/index.js';
import type { Inventory, InventoryProblem } from '../../drift/inventory/types.js';
import { driftRule } from '../../rules/drift.js';
import { fillMessage } from '../../rules/types.js';
import { importInventory, LAYOUTS, type Layout } from '../../import/build.js';
import { updateManifests } from '../../import/update.js';
import { unifiedDiff, writeFixes } from '../../fix/index.js';

export const IMPORT_HELP = `Usage: hvlint import --inventory <dir> --out <dir> [--layout by-kind|by-cluster]
       hvlint import --inventory <dir> --update [--prune] [--dry-run] [paths...]

Write manifests for everything an inventory holds (PowerShell exports written by
scripts/Export-HvInventory.ps1 and switch running configurations, as for hvlint drift):
clusters and hosts, VMs grouped by cluster or host, NLB clusters, one file per switch.
Output is sorted and deterministic. What the inventory cannot know is marked "# TODO:".

With --update, bring existing manifests (paths: files or directories, default: the current
directory) in line with the inventory as minimal edits, keeping comments, key order and
quoting. New objects go to the file the layout names (under --out, default: the first path).
Objects that are no longer in the inventory are listed, and removed only with --prune.
See docs/import.md.

Options:
  -i, --inventory <dir>   the inventory directory (required)
      --out <dir>         where to write (import: a new or empty directory)
      --layout <name>     by-kind (default): hosts.yaml, vms/<cluster>.yaml, nlb.yaml, switches/<name>.yaml
                          by-cluster: <cluster>/cluster.yaml, <cluster>/vms.yaml, nlb.yaml, switches/<name>.yaml
  -u, --update            update existing manifests instead of writing new ones
      --prune             with --update: remove documents of objects the inventory no longer has
      --dry-run           with --update: print the changes as a unified diff, write nothing
  -h, --help              print this help

Exit status: 0 done, 1 done but the inventory had problems (listed; that part was not imported),
2 usage error, nothing to import, or a file could not be written.
`;

export async function importCommand(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        inventory: { type: 'string', short: 'i' },
        out: { type: 'string' },
        layout: { type: 'string', default: 'by-kind' },
        update: { type: 'boolean', short: 'u', default: false },
        prune: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`hvlint import: ${usageMessage(error)}\n\n${IMPORT_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  const usage = (message: string): number => {
    io.stderr(`hvlint import: ${message}\n`);
    return 2;
  };
  if (!values.inventory) return usage('--inventory <dir> is required');
  const layout = values.layout as Layout;
  if (!LAYOUTS.includes(layout)) return usage(`--layout must be one of ${LAYOUTS.join(', ')}; got "${values.layout}"`);
  if (!values.update && (values.prune || values['dry-run'])) return usage('--prune and --dry-run go with --update');
  if (!values.update && positionals.length > 0)
    return usage(`unexpected argument "${positionals[0]}": manifest paths go with --update`);
  const inventoryDir = path.resolve(io.cwd, values.inventory);
  if (!fs.existsSync(inventoryDir) || !fs.statSync(inventoryDir).isDirectory())
    return usage(`inventory "${values.inventory}" is not a directory: give the directory Export-HvInventory.ps1 wrote`);

  try {
    const inventory = parseInventory(readInventoryFiles(io.cwd, values.inventory));
    if (inventory.hosts.length === 0 && inventory.switches.length === 0) {
      reportProblems(inventory.problems, io);
      return usage(
        `nothing to import: "${values.inventory}" has no host directories (<host>/header.json, Get-VM.json...) and no switches/<name>.txt`,
      );
    }
    if (values.update) return await runUpdate(inventory, layout, positionals, values, io);

    if (!values.out) return usage('--out <dir> is required (or --update to change existing manifests)');
    const out = path.resolve(io.cwd, values.out);
    if (fs.existsSync(out) && (!fs.statSync(out).isDirectory() || fs.readdirSync(out).length > 0))
      return usage(
        `"${values.out}" exists and is not an empty directory: import into a new directory, or use --update to change existing manifests`,
      );
    const result = importInventory(inventory, layout);
    for (const file of result.files) {
      const target = path.join(out, ...file.path.split('/'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.text);
    }
    const counts = new Map<string, number>();
    for (const doc of result.documents) counts.set(doc.kind, (counts.get(doc.kind) ?? 0) + 1);
    const todos = result.documents.reduce((n, d) => n + d.todos.length, 0);
    io.stderr(
      `hvlint import: wrote ${result.files.length} file${result.files.length === 1 ? '' : 's'} to ${values.out} (${[
        ...counts,
      ]
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ')}); ${todos} TODO${todos === 1 ? '' : 's'} to decide (grep -rn "# TODO:" ${values.out})\n`,
    );
    return reportProblems(result.problems, io) ? 1 : 0;
  } catch (error) {
    io.stderr(`hvlint import: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

/** Inventory problems, one line each (`file:line:col: message [rule]`); true when any is an error. */
function reportProblems(problems: InventoryProblem[], io: CliIO): boolean {
  let errors = false;
  const lines = problems.map((problem) => {
    const meta = driftRule(problem.ruleId);
    if (meta.severity === 'error') errors = true;
    const { line, column } = problem.at.source.range(problem.at.start, problem.at.end);
    const message = fillMessage(meta.messages[problem.messageId] ?? problem.messageId, problem.data);
    return `${problem.at.source.path}:${line}:${column}: ${meta.severity}: ${message} [${problem.ruleId}]`;
  });
  for (const line of [...new Set(lines)].sort()) io.stderr(`${line}\n`);
  return errors;
}

async function runUpdate(
  inventory: Inventory,
  layout: Layout,
  paths: string[],
  values: { out?: string; prune?: boolean; 'dry-run'?: boolean },
  io: CliIO,
): Promise<number> {
  const update = await updateManifests({
    cwd: io.cwd,
    inventory,
    paths,
    layout,
    ...(values.out ? { out: values.out } : {}),
    prune: values.prune === true,
  });
  if (update.manifests === 0) {
    io.stderr(
      `hvlint import: no manifests found in ${paths.length > 0 ? paths.join(', ') : 'the current directory'}: nothing to update (use --out to import into a new directory)\n`,
    );
    return 2;
  }
  for (const gone of update.vanished)
    io.stderr(
      `${gone.file}:${gone.line}: ${gone.kind} "${gone.name}" is not in the inventory any more${values.prune ? ': removed' : ' (--prune removes it)'}\n`,
    );
  if (values['dry-run']) {
    io.stdout(update.changes.map((c) => unifiedDiff(c.file, c.before, c.after)).join(''));
    io.stderr(
      `hvlint import: ${update.changes.length} file${update.changes.length === 1 ? '' : 's'} would change (dry run)\n`,
    );
  } else {
    const written = writeFixes(
      io.cwd,
      update.changes.filter((c) => c.before !== ''),
    );
    for (const created of update.changes.filter((c) => c.before === '')) {
      const target = path.resolve(io.cwd, created.file);
      if (fs.existsSync(target)) {
        written.failed.push({
          file: created.file,
          reason: 'it exists but is not among the manifests read: not overwritten',
        });
        continue;
      }
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, created.after);
      written.written.push(created.file);
    }
    for (const failed of written.failed) io.stderr(`hvlint import: ${failed.file} not written: ${failed.reason}\n`);
    io.stderr(`hvlint import: updated ${written.written.length} file${written.written.length === 1 ? '' : 's'}\n`);
    if (written.failed.length > 0) return 2;
  }
  return reportProblems(update.problems, io) ? 1 : 0;
}

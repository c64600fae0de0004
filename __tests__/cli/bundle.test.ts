/**
 * The CLI bundle loads only what a command runs: dist/cli.js is the command line's entry, and
 * each command is a chunk beside it, loaded when used. `hvlint --version` runs from the entry
 * alone. (Start-up times themselves are measured in bench/, not here.)
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { VERSION } from '../../src/version.js';

test('dist/cli.js is a small entry; the commands are chunks beside it', () => {
  expect(fs.statSync('dist/cli.js').size).toBeLessThan(16 * 1024);
  const entry = fs.readFileSync('dist/cli.js', 'utf8');
  expect(entry.startsWith('#!/usr/bin/env node\n')).toBe(true);
  const chunks = [...entry.matchAll(/import\("\.\/(cli-[A-Z0-9]+\.js)"\)/g)].map((m) => m[1]!);
  expect(chunks.length).toBeGreaterThanOrEqual(8);
  for (const chunk of chunks) expect(fs.existsSync(path.join('dist', chunk))).toBe(true);
});

test('--version runs with the entry and its few small static imports, no command chunk', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-entry-'));
  try {
    const entry = fs.readFileSync('dist/cli.js', 'utf8');
    const statics = [...entry.matchAll(/^import (?:[^;]*? from )?"\.\/(cli-[A-Z0-9]+\.js)";?$/gm)].map((m) => m[1]!);
    let size = fs.statSync('dist/cli.js').size;
    for (const file of ['cli.js', 'package.json', ...statics])
      fs.copyFileSync(path.join('dist', file), path.join(dir, file));
    for (const file of statics) size += fs.statSync(path.join('dist', file)).size;
    expect(size).toBeLessThan(24 * 1024);
    expect(execFileSync(process.execPath, [path.join(dir, 'cli.js'), '--version'], { encoding: 'utf8' })).toBe(
      `${VERSION}\n`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

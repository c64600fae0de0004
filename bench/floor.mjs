#!/usr/bin/env node
/**
 * The parse-only floor: read every .yaml/.yml file under the given directories and parse
 * every document with js-yaml 5's `loadAll`, single-threaded, nothing else. hvlint's times
 * are reported as ratios to this.
 *
 * The floor is the fastest parse js-yaml 5 offers on this Node: its CommonJS build
 * (`dist/js-yaml.cjs.js`, what `require('js-yaml')` resolves to), which Node runs about twice
 * as fast as the ES module build (`dist/js-yaml.mjs`, what `import` resolves to). `--esm`
 * times the ES module build instead (a footnote in RESULTS.md, not the floor).
 *
 *   node bench/floor.mjs [--esm] <dir>...    prints { files, documents, bytes, build } as JSON
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const argv = process.argv.slice(2);
const esm = argv[0] === '--esm';
const dirs = esm ? argv.slice(1) : argv;
const require = createRequire(import.meta.url);
const build = esm ? 'dist/js-yaml.mjs' : 'dist/js-yaml.cjs.js';
const { loadAll } = esm ? await import('js-yaml') : require('js-yaml');
if (!esm && !require.resolve('js-yaml').endsWith('js-yaml.cjs.js'))
  throw new Error(`require('js-yaml') is not the CommonJS build: ${require.resolve('js-yaml')}`);

function walk(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) out.push(p);
  }
  return out;
}

const files = [];
for (const dir of dirs) walk(dir, files);
files.sort();
let documents = 0;
let bytes = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  bytes += text.length;
  loadAll(text, () => documents++);
}
process.stdout.write(JSON.stringify({ files: files.length, documents, bytes, build }) + '\n');

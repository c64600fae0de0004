#!/usr/bin/env node
/**
 * The parse-only floor: read every .yaml/.yml file under the given directories and
 * js-yaml-parse every document (`loadAll`), single-threaded, nothing else. hvlint's times
 * are reported as ratios to this. Prints `{ files, documents, bytes }` as JSON.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadAll } from 'js-yaml';

function walk(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) out.push(p);
  }
  return out;
}

const files = [];
for (const dir of process.argv.slice(2)) walk(dir, files);
files.sort();
let documents = 0;
let bytes = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  bytes += text.length;
  loadAll(text, () => documents++);
}
process.stdout.write(JSON.stringify({ files: files.length, documents, bytes }) + '\n');

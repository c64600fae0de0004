/**
 * Finding and reading `.hvlint.yml`. Errors in the config are findings with positions,
 * like any manifest's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../types.js';
import { decode } from '../load/decode.js';
import { SourceFile } from '../load/source.js';
import { parseYaml } from '../load/yaml.js';
import { fileFinding } from '../load/index.js';
import { toDisplayPath } from '../discover/index.js';
import type { Config } from './types.js';

export const CONFIG_NAMES = ['.hvlint.yml', '.hvlint.yaml'];

/** The nearest config file from `start` upwards, or undefined. */
export function findConfig(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface LoadedConfig {
  config: Config;
  file: string | undefined;
  findings: Finding[];
  source?: SourceFile;
}

export function loadConfig(cwd: string, explicit?: string): LoadedConfig {
  const absolute = explicit ? path.resolve(cwd, explicit) : findConfig(cwd);
  if (!absolute) return { config: {}, file: undefined, findings: [] };
  const file = toDisplayPath(cwd, absolute);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(absolute);
  } catch {
    return { config: {}, file, findings: [fileFinding(file, 'config', `cannot read the config file "${file}"`)] };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return { config: {}, file, findings: [fileFinding(file, 'config', `${decoded.reason}: save the config as UTF-8`)] };
  const source = new SourceFile(file, decoded.text);
  const parsed = parseYaml(source);
  const findings: Finding[] = parsed.problems.map((p) => ({ ruleId: p.ruleId, severity: 'error', message: p.message, file, ...source.range(p.start, p.end), related: [] }));
  const value = parsed.documents[0]?.value;
  if (value === undefined || value === null) return { config: {}, file, findings, source };
  if (typeof value !== 'object' || Array.isArray(value)) {
    findings.push({ ruleId: 'config', severity: 'error', message: 'the config must be a mapping', file, ...source.range(0, 1), related: [] });
    return { config: {}, file, findings, source };
  }
  const config = value as Config;
  if (config.include) config.include = config.include.map(String);
  if (config.exclude) config.exclude = config.exclude.map(String);
  return { config, file, findings, source };
}

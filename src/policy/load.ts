/**
 * parse: the policy files a config names (`policies:` globs and `extends:` packs) → Policy
 * documents, validated by the Policy schema and compiled. Packs are YAML only: hvlint reads
 * their files and never runs code from them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import type { EmittedFinding } from '../types.js';
import type { SourceFile } from '../load/source.js';
import type { Limits } from '../load/yaml/yaml.js';
import { DEFAULT_LIMITS } from '../load/yaml/yaml.js';
import { loadFile, nodeFileReader } from '../load/index.js';
import { discover, toDisplayPath } from '../discover/index.js';
import { checkDocument, reportLookalikes } from '../pipeline/check-file.js';
import { ManifestDocument, kindOf } from '../model/document.js';
import type { RuleMeta } from '../rules/types.js';
import { compilePolicy, type CompiledPolicy } from './compile.js';
import { policyMeta, problemFinding } from './evaluate.js';

export interface PolicySet {
  policies: CompiledPolicy[];
  /** Every policy with a valid id, compiled or not: the ids the config, suppressions and explain may name. */
  metas: RuleMeta[];
  /** YAML, schema and compile problems in the policy files. */
  findings: EmittedFinding[];
  sources: Map<string, SourceFile>;
  /** Absolute paths of the policy files, so linting does not read them again as manifests. */
  files: Set<string>;
  /** Policy documents by id (for hvlint test). */
  documents: ManifestDocument[];
}

export function emptyPolicySet(): PolicySet {
  return { policies: [], metas: [], findings: [], sources: new Map(), files: new Set(), documents: [] };
}

/** Where a `policies:` glob or `extends:` entry found nothing or failed: the message, by entry. */
export interface SourceProblem {
  key: 'policies' | 'extends';
  index: number;
  message: string;
}

export interface PolicySources {
  /** Absolute directory of the config file: globs and relative packs start there. */
  root: string;
  /** Working directory: findings name files relative to it. */
  cwd: string;
  policies?: string[];
  extends?: string[];
  limits?: Limits;
  /** Ids that are taken (the built-in rules). */
  builtinIds?: ReadonlySet<string>;
}

const YAML_GLOB = ['**/*.{yml,yaml}'];

/** The absolute policy files of the config, in a stable order, and what could not be found. */
export function policyFiles(options: PolicySources): { files: string[]; problems: SourceProblem[] } {
  const files = new Set<string>();
  const problems: SourceProblem[] = [];
  (options.extends ?? []).forEach((entry, index) => {
    const found = packFiles(options.root, entry);
    if (typeof found === 'string') problems.push({ key: 'extends', index, message: found });
    else for (const file of found) files.add(file);
  });
  (options.policies ?? []).forEach((glob, index) => {
    const pattern = glob.replace(/^\.\//, '');
    // Walk only below the glob's literal prefix (`policies/` of `policies/*.yaml`), not the whole
    // directory of the config, which may hold the estate.
    const start = literalPrefix(pattern);
    const found =
      start === '' || fs.existsSync(path.join(options.root, start))
        ? discover({ cwd: options.root, paths: [start || '.'], include: [pattern] }).files
        : [];
    if (found.length === 0)
      problems.push({
        key: 'policies',
        index,
        message: `no file matches "${glob}" (relative to the config's directory): check the glob`,
      });
    for (const file of found) files.add(file.absolute);
  });
  return { files: [...files], problems };
}

/** The leading directories of a glob that hold no glob characters: `policies/nlb` of `policies/nlb/*.yaml`. */
export function literalPrefix(glob: string): string {
  const parts = glob.split('/');
  const literal: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (/[*?[\]{}!()]/.test(part) || part === '..') break;
    literal.push(part);
  }
  return literal.join('/');
}

/** A pack's policy files: a relative path (file or directory) or an npm package resolved from the config's directory. */
function packFiles(root: string, entry: string): string[] | string {
  if (entry.startsWith('.') || entry.startsWith('/')) {
    const target = path.resolve(root, entry);
    if (!fs.existsSync(target)) return `pack "${entry}" does not exist (relative to the config's directory)`;
    if (fs.statSync(target).isFile()) return [target];
    const found = discover({ cwd: target, paths: ['.'], include: YAML_GLOB }).files.map((f) => f.absolute);
    return found.length > 0 ? found : `pack "${entry}" has no .yml or .yaml files`;
  }
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i.test(entry))
    return `"${entry}" is neither a relative path (./…) nor an npm package name`;
  let manifest: string;
  try {
    manifest = createRequire(path.join(root, 'package.json')).resolve(`${entry}/package.json`);
  } catch {
    return `npm package "${entry}" is not installed where the config is (${root}): npm install it, or use a relative path`;
  }
  const dir = path.dirname(manifest);
  let globs = YAML_GLOB;
  try {
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { hvlint?: { policies?: unknown } };
    const declared = pkg.hvlint?.policies;
    if (Array.isArray(declared) && declared.every((g) => typeof g === 'string')) globs = declared as string[];
  } catch {
    return `npm package "${entry}" has an unreadable package.json`;
  }
  const found = discover({ cwd: dir, paths: ['.'], include: globs, exclude: ['node_modules'] }).files.map(
    (f) => f.absolute,
  );
  return found.length > 0 ? found : `npm package "${entry}" has no policy files (${globs.join(', ')})`;
}

/** Load, validate and compile the policy files. */
export function loadPolicies(files: readonly string[], options: PolicySources): PolicySet {
  const set = emptyPolicySet();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const seen = new Map<string, ManifestDocument>();
  for (const absolute of files) {
    set.files.add(absolute);
    const loaded = reportLookalikes(
      loadFile({ absolute, file: toDisplayPath(options.cwd, absolute) }, limits, nodeFileReader),
    );
    if (loaded.source) set.sources.set(loaded.file, loaded.source);
    set.findings.push(...loaded.findings);
    for (const loadedDoc of loaded.manifests) {
      if (kindOf(loadedDoc.value) !== 'Policy') {
        const doc = ManifestDocument.of(loadedDoc, false);
        set.findings.push(
          problemFinding({
            document: doc,
            field: ['kind'],
            message: `a policy file holds only Policy documents; this is a ${doc.kind || 'document without a kind'}: move it to the estate`,
          }),
        );
        continue;
      }
      const { document: doc, findings: schema } = checkDocument(loadedDoc);
      set.findings.push(...schema);
      if (!doc.valid) continue;
      const id = doc.name;
      const clash = seen.get(id);
      if (clash || options.builtinIds?.has(id)) {
        set.findings.push(
          problemFinding({
            document: doc,
            field: ['metadata', 'name'],
            message: clash
              ? `policy id "${id}" is already defined in ${clash.file}:${clash.locate(['metadata', 'name']).line}: give each policy its own id`
              : `policy id "${id}" is a built-in rule id: put policies in your own namespace, such as acme/${id}`,
          }),
        );
        continue;
      }
      seen.set(id, doc);
      set.documents.push(doc);
      const { policy, problems } = compilePolicy(doc);
      set.metas.push(policyMeta({ id, spec: doc.value['spec'] as CompiledPolicy['spec'], document: doc }));
      for (const problem of problems) set.findings.push(problemFinding(problem));
      if (policy) set.policies.push(policy);
    }
  }
  return set;
}

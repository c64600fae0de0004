#!/usr/bin/env node
/**
 * Bundles the action (src/action/index.ts → dist/index.js, one file) and the CLI
 * (src/cli/bin.ts → dist/cli.js and its lazily loaded chunks dist/cli-*.js), with every
 * dependency inside, so `dist/` runs without node_modules. The output is deterministic: a fresh build of the same sources is byte-equal.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { embedRuleDocs } from './embed-docs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist');
fs.rmSync(outdir, { recursive: true, force: true });

/**
 * js-yaml 5 ships an ES module build (what `import` resolves to) and a CommonJS build (what
 * `require` gets). On Node 20 the CommonJS one parses about twice as fast (`parseEvents` on
 * the same files: about 0.5 s of CPU against 1.0 s), and every file outside the fast parser's subset goes through js-yaml: bundle the CommonJS build.
 * Imported directly, esbuild would turn each `EVENT_ID` or `parseEvents` reference into a
 * getter call (its ES-module view of a CommonJS module); a small module that copies the exports
 * once into constants keeps those references plain.
 */
const jsYamlCommonJs = {
  name: 'js-yaml-commonjs',
  setup(b) {
    const cjs = path.join(root, 'node_modules', 'js-yaml', 'dist', 'js-yaml.cjs.js');
    const names = Object.keys(createRequire(import.meta.url)(cjs)).sort();
    b.onResolve({ filter: /^js-yaml$/ }, () => ({ path: 'js-yaml', namespace: 'js-yaml-commonjs' }));
    b.onResolve({ filter: /^js-yaml-cjs$/, namespace: 'js-yaml-commonjs' }, () => ({ path: cjs }));
    b.onLoad({ filter: /.*/, namespace: 'js-yaml-commonjs' }, () => ({
      contents: `import jsYaml from 'js-yaml-cjs';\nexport const { ${names.join(', ')} } = jsYaml;\n`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // `hvlint explain` reads the rule doc pages: embed them, dist/ ships without docs/.
  plugins: [embedRuleDocs(root), jsYamlCommonJs],
  // Bundled CommonJS dependencies call require() for Node built-ins; give ESM a require.
  banner: {
    js: "import { createRequire as __hvlintCreateRequire } from 'node:module';\nconst require = __hvlintCreateRequire(import.meta.url);",
  },
};

/**
 * The CLI is split: dist/cli.js holds the command line's entry, and each command, report
 * format and stage it loads lazily is a chunk beside it (dist/cli-*.js), read only when used,
 * so `hvlint --version` and a one-file lint do not compile what they do not run. Chunks sit
 * in dist/ itself: code that finds dist/worker.js beside itself (import.meta.url) still does.
 */
await build({
  ...common,
  entryPoints: { cli: path.join(root, 'src/cli/bin.ts') },
  outdir,
  splitting: true,
  entryNames: '[name]',
  chunkNames: 'cli-[hash]',
});
const cliFile = path.join(outdir, 'cli.js');
fs.writeFileSync(cliFile, `#!/usr/bin/env node\n${fs.readFileSync(cliFile, 'utf8')}`);
fs.chmodSync(cliFile, 0o755);

const entries = [
  { in: 'src/action/index.ts', out: 'index.js', shebang: false },
  // The worker thread that loads large estates in parallel (src/pipeline/parallel.ts finds it beside the bundle).
  { in: 'src/pipeline/worker.ts', out: 'worker.js', shebang: false },
];

for (const entry of entries) {
  if (!fs.existsSync(path.join(root, entry.in))) continue;
  await build({
    ...common,
    entryPoints: [path.join(root, entry.in)],
    outfile: path.join(outdir, entry.out),
    banner: { js: `${entry.shebang ? '#!/usr/bin/env node\n' : ''}${common.banner.js}` },
  });
  if (entry.shebang) fs.chmodSync(path.join(outdir, entry.out), 0o755);
}
fs.writeFileSync(path.join(outdir, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
console.log('bundled dist/');

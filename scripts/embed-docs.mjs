/**
 * An esbuild plugin for scripts/bundle.mjs: replaces src/rules/docs.ts (which reads the rule
 * doc pages from disk) with a module holding every docs/rules/<id>.md, so `hvlint explain`
 * works from dist/ alone. Pages are embedded in sorted order: the bundle stays deterministic.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function embedRuleDocs(root) {
  const docsDir = path.join(root, 'docs', 'rules');
  const target = path.join(root, 'src', 'rules', 'docs.ts');
  return {
    name: 'hvlint-embed-rule-docs',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]rules[\\/]docs\.ts$/ }, (args) => {
        if (path.resolve(args.path) !== target) return undefined;
        const files = fs
          .readdirSync(docsDir)
          .filter((f) => f.endsWith('.md') && f !== 'README.md')
          .sort();
        const pages = Object.fromEntries(
          files.map((f) => [f.slice(0, -3), fs.readFileSync(path.join(docsDir, f), 'utf8').replace(/\r\n/g, '\n')]),
        );
        const contents = [
          '// Generated at bundle time by scripts/embed-docs.mjs from docs/rules/*.md.',
          `const PAGES = ${JSON.stringify(pages)};`,
          'export function ruleDocPage(id) {',
          '  return Object.prototype.hasOwnProperty.call(PAGES, id) ? PAGES[id] : undefined;',
          '}',
          '',
        ].join('\n');
        return { contents, loader: 'js', watchFiles: files.map((f) => path.join(docsDir, f)) };
      });
    },
  };
}

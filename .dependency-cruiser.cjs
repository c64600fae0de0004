/**
 * The architecture as import rules (docs/architecture.md explains each). `npm run lint` and
 * .ci/run check them with dependency-cruiser; a rule here and a sentence in the doc say the same.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'One pipeline, one direction: no module reaches itself again through its imports.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'rules-below-the-edges',
      severity: 'error',
      comment: 'rules/ checks the model; it never reads files, discovers paths or knows about a face.',
      from: { path: '^src/rules/' },
      to: { path: '^src/(load|discover|action|cli)/' },
    },
    {
      name: 'rules-below-the-pipeline',
      severity: 'error',
      comment:
        'rules/ is the catalogue and the checks; the stages that use it (filter, config, fix, drift, report, lint.ts) sit above it.',
      from: { path: '^src/rules/' },
      to: { path: '^src/(schema|filter|config|fix|drift|report)/|^src/lint\\.ts$' },
    },
    {
      name: 'load-knows-no-schema-or-model',
      severity: 'error',
      comment:
        'load/ turns bytes into YAML documents with source ranges; the schema and the model come after it (src/pipeline/check-file.ts). model/ may import load/ for ranges, never the reverse.',
      from: { path: '^src/load/' },
      to: { path: '^src/(schema|model|pipeline)/|^src/lint\\.ts$' },
    },
    {
      name: 'pipeline-above-its-stages',
      severity: 'error',
      comment:
        'pipeline/ runs the per-file stages (load, schema, model document) for the main thread and the workers; the stages it runs never import it.',
      from: { path: '^src/(load|schema|model|rules)/' },
      to: { path: '^src/pipeline/' },
    },
    {
      name: 'report-computes-nothing',
      severity: 'error',
      comment:
        'report/ formats findings and the catalogue; whatever it shows is computed before it. It may name the shapes it reads (type-only imports).',
      from: { path: '^src/report/' },
      to: {
        path: '^src/(load|discover|schema|model|filter|fix|drift|config|action|cli)/|^src/lint\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'model-without-rules',
      severity: 'error',
      comment: 'The model indexes the estate; rules read it, never the other way round.',
      from: { path: '^src/model/' },
      to: { path: '^src/rules/' },
    },
    {
      name: 'only-action-imports-actions-toolkit',
      severity: 'error',
      comment: 'GitHub-specific code lives at the edge: the CLI and the library never import @actions/*.',
      from: { path: '^src/', pathNot: '^src/action/' },
      to: { path: '@actions/' },
    },
    {
      name: 'library-without-faces',
      severity: 'error',
      comment: 'lint.ts is the library entry point; the faces (cli/, action/) call it, not the reverse.',
      from: { path: '^src/lint\\.ts$' },
      to: { path: '^src/(cli|action)/' },
    },
    {
      name: 'stages-below-faces',
      severity: 'error',
      comment: 'No stage imports a face: cli/ and action/ are thin layers over the library.',
      from: { path: '^src/', pathNot: '^src/(cli|action)/' },
      to: { path: '^src/(cli|action)/' },
    },
    {
      name: 'git-at-the-edges',
      severity: 'error',
      comment: 'git/ runs git (a child process); only the faces (cli/, action/) call it.',
      from: { path: '^src/', pathNot: '^src/(cli|action|git)/' },
      to: { path: '^src/git/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'Every import resolves.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/(schema|config)/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

/**
 * Editors really pick up schemas/hvlint.schema.json: yaml-language-server (the server behind the
 * VS Code YAML extension and most other editors' YAML support), spoken to over LSP stdio, validates
 * manifests that point at the bundle by a modeline or by the `yaml.schemas` setting, without a
 * network (hvlint.dev does not exist; a $ref the server cannot resolve locally would be fetched).
 * What this pins is what docs/manifests.md#editor-support promises.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

// HVLINT_YAML_LANGUAGE_SERVER runs the suite against another build (e.g. an older release's bin/yaml-language-server).
const SERVER = path.resolve(
  process.env.HVLINT_YAML_LANGUAGE_SERVER ?? 'node_modules/yaml-language-server/bin/yaml-language-server',
);
const BUNDLE = path.resolve('schemas/hvlint.schema.json');
const MODELINE = /^# yaml-language-server: \$schema=.*$/gm;
const TIMEOUT_MS = 8000;
/** After a file's first diagnostics, how long to wait for a later, superseding publish. */
const SETTLE_MS = 250;

interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
}
interface Message {
  id?: number;
  method?: string;
  params?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  result?: unknown;
  error?: { message: string };
}
type YamlSettings = { validate: boolean; schemas: Record<string, string | string[]>; schemaStore: { enable: boolean } };

/** A minimal LSP client: Content-Length framing, requests with timeouts, diagnostics by URI. */
class LanguageClient {
  private readonly server: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly published = new Map<string, () => void>();
  readonly stderr: string[] = [];
  settings: { yaml: YamlSettings };

  constructor(settings: { yaml: YamlSettings }) {
    this.settings = settings;
    this.server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.server.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.server.on('exit', () => {
      for (const { reject } of this.pending.values())
        reject(new Error(`yaml-language-server exited: ${this.stderr.join('')}`));
      this.pending.clear();
    });
  }

  private send(message: Message): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server. yaml-language-server pulls its settings on every
      // didChangeConfiguration; everything else (capability registration, progress) just needs an answer.
      const result =
        message.method === 'workspace/configuration'
          ? (message.params.items as { section?: string }[]).map((item) =>
              item.section === 'yaml' ? this.settings.yaml : {},
            )
          : null;
      this.send({ id: message.id, result });
    } else if (message.method === 'textDocument/publishDiagnostics') {
      this.diagnostics.set(message.params.uri, message.params.diagnostics);
      this.published.get(message.params.uri)?.();
    } else if (message.id !== undefined) {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(message.error.message));
      else pending?.resolve(message.result);
    }
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ id, method, params });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      this.pending.set(id, {
        resolve: (r) => (clearTimeout(timer), resolve(r)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  configure(yaml: YamlSettings): void {
    this.settings = { yaml };
    this.notify('workspace/didChangeConfiguration', { settings: this.settings });
  }

  /** Opens a file and resolves with its diagnostics once the server has published them and gone quiet. */
  open(file: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(file).href;
    const result = new Promise<Diagnostic[]>((resolve, reject) => {
      let settle: NodeJS.Timeout | undefined;
      const timeout = setTimeout(
        () =>
          reject(new Error(`no diagnostics for ${path.basename(file)} in ${TIMEOUT_MS} ms: ${this.stderr.join('')}`)),
        TIMEOUT_MS,
      );
      this.published.set(uri, () => {
        clearTimeout(timeout);
        clearTimeout(settle);
        settle = setTimeout(() => (this.published.delete(uri), resolve(this.diagnostics.get(uri) ?? [])), SETTLE_MS);
      });
    });
    this.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: 1, text: fs.readFileSync(file, 'utf8') },
    });
    return result;
  }

  async stop(): Promise<void> {
    if (this.server.exitCode !== null) return;
    const exited = new Promise((resolve) => this.server.once('exit', resolve));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((resolve) => setTimeout(resolve, 1000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    const killer = setTimeout(() => this.server.kill('SIGKILL'), 1000);
    await exited;
    clearTimeout(killer);
  }
}

/** 1-based line and message of each diagnostic, in document order. */
const lines = (diagnostics: Diagnostic[]): [number, string][] =>
  diagnostics.map((d): [number, string] => [d.range.start.line + 1, d.message]).sort((a, b) => a[0] - b[0]);
/** Diagnostics that say the schema (or a $ref in it) could not be loaded: what an unresolvable https://hvlint.dev/... $ref gives. */
const resolutionProblems = (diagnostics: Diagnostic[]): string[] =>
  diagnostics.map((d) => d.message).filter((m) => /unable to load|problems loading|cannot be resolved|\$ref/i.test(m));

const examples = fs
  .readdirSync('examples')
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

/** An NlbCluster with three schema errors: an unknown mode, VLAN 4095 (reserved) and an unknown property. */
const BROKEN_NLB = `apiVersion: hvlint/v1
kind: NlbCluster
metadata:
  name: NLB-WEB
spec:
  vip: 172.31.3.232
  mode: igmp
  vlan: 4095
  nodes:
    - { vm: WEB01, adapter: NLB, priority: 1 }
  teaming: lacp
`;
/** Lines of BROKEN_NLB's errors, counted from its first line. */
const BROKEN_LINES = { mode: 7, vlan: 8, teaming: 11 };
const BROKEN_LENGTH = BROKEN_NLB.trimEnd().split('\n').length;
/** 1-based first lines of the documents (their apiVersion lines) of a file. */
const documentStarts = (text: string): number[] =>
  text.split('\n').flatMap((line, i) => (line.startsWith('apiVersion:') ? [i + 1] : []));
/** Where BROKEN_NLB's errors are when it starts on line `first`. */
const brokenLines = (first: number): number[] => Object.values(BROKEN_LINES).map((line) => first + line - 1);
const expectBroken = (diagnostics: Diagnostic[], firstLine: number): void => {
  const [mode, vlan, teaming] = brokenLines(firstLine);
  expect(lines(diagnostics)).toEqual([
    [mode, expect.stringContaining('igmp-multicast')],
    [vlan, expect.stringContaining('4094')],
    [teaming, expect.stringContaining('teaming')],
  ]);
};

let workspace: string;
let client: LanguageClient;

beforeAll(async () => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-editor-'));
  client = new LanguageClient({ yaml: { validate: true, schemas: {}, schemaStore: { enable: false } } });
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    capabilities: {},
    workspaceFolders: null,
  });
  client.notify('initialized', {});
  client.configure(client.settings.yaml);
}, TIMEOUT_MS * 2);

afterAll(async () => {
  await client?.stop();
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
});

test('the bundle needs nothing but itself: every $ref is a local pointer that resolves, only the root has an $id', () => {
  // yaml-language-server 1.15 does not resolve embedded $ids: it would fetch https://hvlint.dev/...
  const bundle = JSON.parse(fs.readFileSync(BUNDLE, 'utf8'));
  const refs: string[] = [];
  const ids: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') refs.push(value);
        else if (key === '$id' && typeof value === 'string') ids.push(value);
        else walk(value);
      }
    }
  };
  walk(bundle.$defs);
  walk(bundle.oneOf);
  expect(ids).toEqual([]);
  expect(refs.length).toBeGreaterThan(0);
  for (const ref of new Set(refs)) {
    expect(ref).toMatch(/^#\//);
    const target = ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (node, token) => (node as Record<string, unknown> | undefined)?.[token.replace(/~1/g, '/').replace(/~0/g, '~')],
        bundle,
      );
    expect([ref, typeof target]).toEqual([ref, 'object']);
  }
});

describe('a modeline', () => {
  const relative = () => path.relative(workspace, BUNDLE).split(path.sep).join('/');
  const write = (name: string, text: string): string => {
    const file = path.join(workspace, name);
    fs.writeFileSync(file, text);
    return file;
  };

  test('gives no diagnostics for any example document (a modeline on every document)', async () => {
    const opened = examples.map((name) => {
      const text = fs
        .readFileSync(path.join('examples', name), 'utf8')
        .replace(MODELINE, '')
        .replace(/^---$/gm, '---\n# yaml-language-server: $schema=' + relative());
      return client.open(write(`modeline-${name}`, `# yaml-language-server: $schema=${relative()}\n${text}`));
    });
    const results = await Promise.all(opened);
    results.forEach((diagnostics, i) => expect([examples[i], lines(diagnostics)]).toEqual([examples[i], []]));
  });

  test('reports schema errors on their lines, by a relative path or a file:// URL, with nothing unresolved', async () => {
    const [byPath, byUrl] = await Promise.all([
      client.open(write('broken-relative.yaml', `# yaml-language-server: $schema=${relative()}\n${BROKEN_NLB}`)),
      client.open(
        write('broken-url.yaml', `# yaml-language-server: $schema=${pathToFileURL(BUNDLE).href}\n${BROKEN_NLB}`),
      ),
    ]);
    for (const diagnostics of [byPath, byUrl]) {
      expectBroken(diagnostics, 2);
      expect(resolutionProblems(diagnostics)).toEqual([]);
    }
  });

  test('covers only the document it heads: each document of a file needs its own', async () => {
    const modeline = `# yaml-language-server: $schema=${relative()}`;
    const text = [modeline, BROKEN_NLB, '---', BROKEN_NLB, '---', modeline, BROKEN_NLB].join('\n');
    const starts = documentStarts(text);
    expect(starts).toHaveLength(3);
    const diagnostics = lines(await client.open(write('multi.yaml', text)));
    const inDocument = (first: number) =>
      diagnostics.filter(([line]) => line >= first && line < first + BROKEN_LENGTH).map(([line]) => line);
    expect(inDocument(starts[0])).toEqual(brokenLines(starts[0]));
    expect(inDocument(starts[1])).toEqual([]);
    expect(inDocument(starts[2])).toEqual(brokenLines(starts[2]));
    expect(diagnostics).toHaveLength(6);
  });

  test('to a per-kind schema finds common.schema.json beside it (not at its https://hvlint.dev $id)', async () => {
    const perKind = path.relative(workspace, path.resolve('schemas/nlb-cluster.schema.json')).split(path.sep).join('/');
    const diagnostics = await client.open(
      write('per-kind.yaml', `# yaml-language-server: $schema=${perKind}\n${BROKEN_NLB}`),
    );
    expectBroken(diagnostics, 2); // the VLAN's maximum comes from common.schema.json#/$defs/vlanId
    expect(resolutionProblems(diagnostics)).toEqual([]);
  });

  test('to a bundle with a $ref it cannot resolve locally gives a resolution problem (the check above can fail)', async () => {
    const bundle = JSON.parse(fs.readFileSync(BUNDLE, 'utf8'));
    // .invalid never resolves (RFC 2606), so this fails fast with or without a network.
    bundle.oneOf = bundle.oneOf.map(() => ({ $ref: 'https://hvlint.invalid/schemas/v1/nlb-cluster.schema.json' }));
    fs.writeFileSync(path.join(workspace, 'unresolvable.schema.json'), JSON.stringify(bundle));
    const diagnostics = await client.open(
      write('unresolvable.yaml', `# yaml-language-server: $schema=./unresolvable.schema.json\n${BROKEN_NLB}`),
    );
    expect(resolutionProblems(diagnostics)).not.toEqual([]);
  });
});

describe('the yaml.schemas setting', () => {
  test('validates every document of a file without modelines, against a path relative to the workspace', async () => {
    const mapped = path.join(workspace, 'mapped');
    fs.mkdirSync(mapped);
    client.configure({
      validate: true,
      schemas: { [path.relative(workspace, BUNDLE).split(path.sep).join('/')]: 'mapped/*.yaml' },
      schemaStore: { enable: false },
    });
    const names = [...examples, 'broken.yaml'];
    for (const name of examples)
      fs.writeFileSync(
        path.join(mapped, name),
        fs.readFileSync(path.join('examples', name), 'utf8').replace(MODELINE, '# (no modeline)'),
      );
    const brokenText = `${BROKEN_NLB}---\n${BROKEN_NLB}`;
    fs.writeFileSync(path.join(mapped, 'broken.yaml'), brokenText);
    const results = await Promise.all(names.map((name) => client.open(path.join(mapped, name))));
    results.slice(0, -1).forEach((diagnostics, i) => expect([names[i], lines(diagnostics)]).toEqual([names[i], []]));
    const broken = results.at(-1)!;
    expect(lines(broken).map(([line]) => line)).toEqual(documentStarts(brokenText).flatMap(brokenLines));
    expect(resolutionProblems(broken)).toEqual([]);
  });
});

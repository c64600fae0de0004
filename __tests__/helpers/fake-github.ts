/**
 * A fake GitHub REST API on 127.0.0.1 for tests that run the bundled action as the runner
 * does (GITHUB_API_URL pointing here). It keeps check runs, pull-request files and issues in
 * memory, records every request, paginates with Link headers as GitHub does, enforces the
 * limits the action must respect (50 annotations per request, 65,535-character summaries),
 * and can be told to refuse requests (403 for a read-only token).
 *
 * Routes (owner/repo are any):
 *   POST  /repos/:o/:r/check-runs                 PATCH/GET /repos/:o/:r/check-runs/:id
 *   GET   /repos/:o/:r/pulls/:n/files             (per_page ≤ 100, Link: rel="next"/"last")
 *   GET   /repos/:o/:r/pulls/:n
 *   GET   /repos/:o/:r/issues                     (state, labels, creator; paginated)
 *   POST  /repos/:o/:r/issues                     GET/PATCH /repos/:o/:r/issues/:n
 *   GET   /repos/:o/:r/issues/:n/comments         POST /repos/:o/:r/issues/:n/comments (issues and pulls)
 *   GET   /repos/:o/:r                            (default_branch)
 *   GET   /repos/:o/:r/git/ref/heads/:b           POST /repos/:o/:r/git/refs   PATCH /repos/:o/:r/git/refs/heads/:b
 *   GET   /repos/:o/:r/contents/:path?ref=        PUT /repos/:o/:r/contents/:path (a commit per write)
 *   GET   /repos/:o/:r/pulls?state=&head=         POST /repos/:o/:r/pulls      PATCH /repos/:o/:r/pulls/:n
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: any;
  /** The status the fake answered with. */
  status: number;
}

export interface FakeCheckRun {
  id: number;
  owner: string;
  repo: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string };
  /** Every annotation, in the order received (creates and updates append). */
  annotations: any[];
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  user: { login: string };
  comments: Array<{ id: number; body: string; user: { login: string } }>;
}

export interface PullRequestFileEntry {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  patch?: string;
  previous_filename?: string;
  additions?: number;
  deletions?: number;
  changes?: number;
}

export interface FakePull {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  head: string;
  base: string;
  comments: Array<{ id: number; body: string; user: { login: string } }>;
}

interface Denial {
  method?: string;
  path: RegExp;
  status: number;
  message: string;
}

interface Route {
  method: string;
  pattern: RegExp;
  handle: (
    match: RegExpMatchArray,
    request: RecordedRequest,
  ) => { status: number; body?: unknown; headers?: Record<string, string> };
}

const MAX_ANNOTATIONS_PER_REQUEST = 50;
const MAX_OUTPUT_TEXT = 65_535;

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly checkRuns = new Map<number, FakeCheckRun>();
  readonly pullFiles = new Map<number, PullRequestFileEntry[]>();
  readonly issues = new Map<number, FakeIssue>();
  readonly pulls = new Map<number, FakePull>();
  /** Commits by sha: the whole tree, path → text. Branches point at commits. */
  readonly commits = new Map<string, Map<string, string>>();
  readonly branches = new Map<string, string>();
  defaultBranch = 'main';
  /** Login of the token's user (issues and comments it creates). */
  login = 'github-actions[bot]';
  private readonly denials: Denial[] = [];
  private nextId = 1;
  private readonly routes: Route[];
  url = '';

  constructor(private readonly server: http.Server) {
    this.routes = this.buildRoutes();
  }

  /** Answer `status` (403 by default, as for a read-only token) to matching requests. */
  deny(path: RegExp | string, options: { method?: string; status?: number; message?: string } = {}): void {
    const pattern = typeof path === 'string' ? new RegExp(path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : path;
    this.denials.push({
      path: pattern,
      status: options.status ?? 403,
      message: options.message ?? 'Resource not accessible by integration',
      ...(options.method ? { method: options.method.toUpperCase() } : {}),
    });
  }

  /** Make `branch` point at a new commit holding `files` (path → text). */
  seedBranch(branch: string, files: Record<string, string>): string {
    const sha = this.commit(new Map(Object.entries(files)));
    this.branches.set(branch, sha);
    return sha;
  }

  /** The files of a branch (path → text). */
  filesOf(branch: string): Map<string, string> {
    return this.commits.get(this.branches.get(branch) ?? '') ?? new Map();
  }

  private commit(tree: Map<string, string>): string {
    const sha = (this.commits.size + 1).toString(16).padStart(40, 'c');
    this.commits.set(sha, tree);
    return sha;
  }

  private blobSha(text: string): string {
    let h = 0;
    for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
    return h.toString(16).padStart(40, 'b');
  }

  setPullFiles(pullNumber: number, files: PullRequestFileEntry[]): void {
    this.pullFiles.set(pullNumber, files);
  }

  addIssue(issue: Partial<FakeIssue> & { title: string }): FakeIssue {
    const number = this.nextId++;
    const created: FakeIssue = {
      number,
      body: '',
      state: 'open',
      labels: [],
      user: { login: this.login },
      comments: [],
      ...issue,
    };
    this.issues.set(number, created);
    return created;
  }

  /** Recorded requests matching a method and a path pattern. */
  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method.toUpperCase() && path.test(r.path));
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections?.();
      this.server.close(() => resolve());
    });
  }

  /** @internal */
  handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', this.url);
    let body: any = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const record: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      status: 0,
    };
    this.requests.push(record);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
    };
    const denial = this.denials.find((d) => (!d.method || d.method === record.method) && d.path.test(record.path));
    if (denial)
      return send(denial.status, { message: denial.message, documentation_url: 'https://docs.github.com/rest' });
    for (const route of this.routes) {
      if (route.method !== record.method) continue;
      // GitHub decodes the path (octokit sends `heads%2Fmain` for a ref `heads/main`).
      const match = route.pattern.exec(decodeURIComponent(record.path));
      if (!match) continue;
      try {
        const answer = route.handle(match, record);
        return send(answer.status, answer.body, answer.headers);
      } catch (error) {
        return send(500, { message: String(error) });
      }
    }
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  private paginate<T>(
    request: RecordedRequest,
    items: T[],
  ): { status: number; body: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, Number(request.query['per_page'] ?? 30)));
    const page = Math.max(1, Number(request.query['page'] ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number): string => {
      const u = new URL(request.path, this.url);
      for (const [k, v] of Object.entries(request.query)) u.searchParams.set(k, v);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return u.toString();
    };
    const rels: string[] = [];
    if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) rels.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: rels.length ? { link: rels.join(', ') } : {},
    };
  }

  private checkRunBody(run: FakeCheckRun): Record<string, unknown> {
    return {
      id: run.id,
      name: run.name,
      head_sha: run.head_sha,
      status: run.status,
      conclusion: run.conclusion,
      html_url: `https://github.com/${run.owner}/${run.repo}/runs/${run.id}`,
      output: { ...run.output, annotations_count: run.annotations.length },
    };
  }

  private validateOutput(output: any): string | undefined {
    if (output === undefined) return undefined;
    if (typeof output.title !== 'string' || typeof output.summary !== 'string')
      return 'output.title and output.summary are required';
    if (output.summary.length > MAX_OUTPUT_TEXT) return `output.summary is longer than ${MAX_OUTPUT_TEXT} characters`;
    if (output.text !== undefined && output.text.length > MAX_OUTPUT_TEXT)
      return `output.text is longer than ${MAX_OUTPUT_TEXT} characters`;
    const annotations = output.annotations ?? [];
    if (!Array.isArray(annotations)) return 'output.annotations must be an array';
    if (annotations.length > MAX_ANNOTATIONS_PER_REQUEST)
      return `Only ${MAX_ANNOTATIONS_PER_REQUEST} annotations are allowed per request`;
    for (const a of annotations) {
      if (
        typeof a.path !== 'string' ||
        !Number.isInteger(a.start_line) ||
        !Number.isInteger(a.end_line) ||
        !['notice', 'warning', 'failure'].includes(a.annotation_level) ||
        typeof a.message !== 'string'
      ) {
        return `invalid annotation ${JSON.stringify(a)}`;
      }
      if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line)
        return 'start_column and end_column are only allowed when start_line equals end_line';
    }
    return undefined;
  }

  private buildRoutes(): Route[] {
    const repoPath = '^/repos/([^/]+)/([^/]+)';
    const invalid = (message: string) => ({ status: 422, body: { message: 'Validation Failed', errors: [message] } });
    return [
      {
        method: 'POST',
        pattern: new RegExp(`${repoPath}/check-runs$`),
        handle: (m, request) => {
          const b = request.body ?? {};
          if (typeof b.name !== 'string' || typeof b.head_sha !== 'string')
            return invalid('name and head_sha are required');
          const problem = this.validateOutput(b.output);
          if (problem) return invalid(problem);
          const run: FakeCheckRun = {
            id: 1000 + this.nextId++,
            owner: m[1]!,
            repo: m[2]!,
            name: b.name,
            head_sha: b.head_sha,
            status: b.status ?? 'queued',
            conclusion: b.conclusion ?? null,
            output: { title: b.output?.title, summary: b.output?.summary, text: b.output?.text },
            annotations: [...(b.output?.annotations ?? [])],
          };
          this.checkRuns.set(run.id, run);
          return { status: 201, body: this.checkRunBody(run) };
        },
      },
      {
        method: 'PATCH',
        pattern: new RegExp(`${repoPath}/check-runs/(\\d+)$`),
        handle: (m, request) => {
          const run = this.checkRuns.get(Number(m[3]));
          if (!run) return { status: 404, body: { message: 'Not Found' } };
          const b = request.body ?? {};
          const problem = this.validateOutput(b.output);
          if (problem) return invalid(problem);
          if (b.status) run.status = b.status;
          if (b.conclusion) run.conclusion = b.conclusion;
          if (b.output) {
            run.output = { title: b.output.title, summary: b.output.summary, text: b.output.text ?? run.output.text };
            run.annotations.push(...(b.output.annotations ?? []));
          }
          return { status: 200, body: this.checkRunBody(run) };
        },
      },
      {
        method: 'GET',
        pattern: new RegExp(`${repoPath}/check-runs/(\\d+)$`),
        handle: (m) => {
          const run = this.checkRuns.get(Number(m[3]));
          return run ? { status: 200, body: this.checkRunBody(run) } : { status: 404, body: { message: 'Not Found' } };
        },
      },
      {
        method: 'GET',
        pattern: new RegExp(`${repoPath}/pulls/(\\d+)/files$`),
        handle: (m, request) => {
          const files = this.pullFiles.get(Number(m[3]));
          if (!files) return { status: 404, body: { message: 'Not Found' } };
          return this.paginate(request, files);
        },
      },
      {
        method: 'GET',
        pattern: new RegExp(`${repoPath}/pulls/(\\d+)$`),
        handle: (m) => {
          const files = this.pullFiles.get(Number(m[3]));
          if (!files) return { status: 404, body: { message: 'Not Found' } };
          return { status: 200, body: { number: Number(m[3]), state: 'open', changed_files: files.length } };
        },
      },
      {
        method: 'GET',
        pattern: new RegExp(`${repoPath}/issues$`),
        handle: (_m, request) => {
          const state = request.query['state'] ?? 'open';
          const labels = (request.query['labels'] ?? '').split(',').filter(Boolean);
          const creator = request.query['creator'];
          const list = [...this.issues.values()]
            .filter((i) => state === 'all' || i.state === state)
            .filter((i) => labels.every((l) => i.labels.includes(l)))
            .filter((i) => !creator || i.user.login === creator)
            .sort((a, b) => b.number - a.number)
            .map((i) => this.issueBody(i));
          return this.paginate(request, list);
        },
      },
      {
        method: 'POST',
        pattern: new RegExp(`${repoPath}/issues$`),
        handle: (_m, request) => {
          const b = request.body ?? {};
          if (typeof b.title !== 'string' || b.title === '') return invalid('title is required');
          const issue = this.addIssue({
            title: b.title,
            body: b.body ?? '',
            labels: (b.labels ?? []).map((l: any) => (typeof l === 'string' ? l : l.name)),
          });
          return { status: 201, body: this.issueBody(issue) };
        },
      },
      {
        method: 'GET',
        pattern: new RegExp(`${repoPath}/issues/(\\d+)$`),
        handle: (m) => {
          const issue = this.issues.get(Number(m[3]));
          return issue ? { status: 200, body: this.issueBody(issue) } : { status: 404, body: { message: 'Not Found' } };
        },
      },
      {
        method: 'PATCH',
        pattern: new RegExp(`${repoPath}/issues/(\\d+)$`),
        handle: (m, request) => {
          const issue = this.issues.get(Number(m[3]));
          if (!issue) return { status: 404, body: { message: 'Not Found' } };
          const b = request.body ?? {};
          if (typeof b.title === 'string') issue.title = b.title;
          if (typeof b.body === 'string') issue.body = b.body;
          if (b.state === 'open' || b.state === 'closed') issue.state = b.state;
          if (Array.isArray(b.labels)) issue.labels = b.labels.map((l: any) => (typeof l === 'string' ? l : l.name));
          return { status: 200, body: this.issueBody(issue) };
        },
      },
      {
        method: 'GET',
        pattern: new RegExp(`${repoPath}/issues/(\\d+)/comments$`),
        handle: (m, request) => {
          const issue = this.issues.get(Number(m[3]));
          if (!issue) return { status: 404, body: { message: 'Not Found' } };
          return this.paginate(request, issue.comments);
        },
      },
      {
        method: 'POST',
        pattern: new RegExp(`${repoPath}/issues/(\\d+)/comments$`),
        handle: (m, request) => {
          const issue = this.issues.get(Number(m[3])) ?? this.pulls.get(Number(m[3]));
          if (!issue) return { status: 404, body: { message: 'Not Found' } };
          if (typeof request.body?.body !== 'string') return invalid('body is required');
          const comment = { id: 5000 + this.nextId++, body: request.body.body, user: { login: this.login } };
          issue.comments.push(comment);
          return { status: 201, body: comment };
        },
      },
      {
        method: 'GET',
        pattern: new RegExp(`${repoPath}$`),
        handle: (m) => ({
          status: 200,
          body: { name: m[2], full_name: `${m[1]}/${m[2]}`, default_branch: this.defaultBranch },
        }),
      },
      {
        method: 'GET',
        pattern: new RegExp(`${repoPath}/git/ref/heads/(.+)$`),
        handle: (m) => {
          const branch = decodeURIComponent(m[3]!);
          const sha = this.branches.get(branch);
          return sha
            ? { status: 200, body: { ref: `refs/heads/${branch}`, object: { sha, type: 'commit' } } }
            : { status: 404, body: { message: 'Not Found' } };
        },
      },
      {
        method: 'POST',
        pattern: new RegExp(`${repoPath}/git/refs$`),
        handle: (_m, request) => {
          const b = request.body ?? {};
          const branch = /^refs\/heads\/(.+)$/.exec(String(b.ref ?? ''))?.[1];
          if (!branch || !this.commits.has(b.sha)) return invalid('ref must be refs/heads/... and sha a commit');
          if (this.branches.has(branch)) return invalid('Reference already exists');
          this.branches.set(branch, b.sha);
          return { status: 201, body: { ref: b.ref, object: { sha: b.sha, type: 'commit' } } };
        },
      },
      {
        method: 'PATCH',
        pattern: new RegExp(`${repoPath}/git/refs/heads/(.+)$`),
        handle: (m, request) => {
          const branch = decodeURIComponent(m[3]!);
          const b = request.body ?? {};
          if (!this.branches.has(branch)) return { status: 422, body: { message: 'Reference does not exist' } };
          if (!this.commits.has(b.sha)) return invalid('sha must be a commit');
          if (b.force !== true) return invalid('Update is not a fast forward');
          this.branches.set(branch, b.sha);
          return { status: 200, body: { ref: `refs/heads/${branch}`, object: { sha: b.sha, type: 'commit' } } };
        },
      },
      {
        method: 'GET',
        pattern: new RegExp(`${repoPath}/contents/(.+)$`),
        handle: (m, request) => {
          const file = decodeURIComponent(m[3]!);
          const text = this.filesOf(request.query['ref'] ?? this.defaultBranch).get(file);
          if (text === undefined) return { status: 404, body: { message: 'Not Found' } };
          return {
            status: 200,
            body: {
              type: 'file',
              path: file,
              sha: this.blobSha(text),
              encoding: 'base64',
              content: Buffer.from(text, 'utf8').toString('base64'),
            },
          };
        },
      },
      {
        method: 'PUT',
        pattern: new RegExp(`${repoPath}/contents/(.+)$`),
        handle: (m, request) => {
          const file = decodeURIComponent(m[3]!);
          const b = request.body ?? {};
          const branch = b.branch ?? this.defaultBranch;
          if (!this.branches.has(branch)) return { status: 404, body: { message: `Branch ${branch} not found` } };
          if (typeof b.message !== 'string' || typeof b.content !== 'string')
            return invalid('message and content are required');
          const tree = new Map(this.filesOf(branch));
          const current = tree.get(file);
          if (current !== undefined && b.sha !== this.blobSha(current))
            return { status: 409, body: { message: `${file} does not match ${String(b.sha)}` } };
          tree.set(file, Buffer.from(b.content, 'base64').toString('utf8'));
          const sha = this.commit(tree);
          this.branches.set(branch, sha);
          return { status: current === undefined ? 201 : 200, body: { commit: { sha }, content: { path: file } } };
        },
      },
      {
        method: 'GET',
        pattern: new RegExp(`${repoPath}/pulls$`),
        handle: (m, request) => {
          const state = request.query['state'] ?? 'open';
          const head = request.query['head'];
          const list = [...this.pulls.values()]
            .filter((p) => state === 'all' || p.state === state)
            .filter((p) => !head || `${m[1]}:${p.head}` === head)
            .map((p) => this.pullBody(p));
          return this.paginate(request, list);
        },
      },
      {
        method: 'POST',
        pattern: new RegExp(`${repoPath}/pulls$`),
        handle: (_m, request) => {
          const b = request.body ?? {};
          if (typeof b.title !== 'string' || typeof b.head !== 'string' || typeof b.base !== 'string')
            return invalid('title, head and base are required');
          if (!this.branches.has(b.head) || !this.branches.has(b.base)) return invalid('head or base does not exist');
          if ([...this.pulls.values()].some((p) => p.state === 'open' && p.head === b.head))
            return invalid(`A pull request already exists for ${b.head}`);
          const pull: FakePull = {
            number: this.nextId++,
            title: b.title,
            body: b.body ?? '',
            state: 'open',
            head: b.head,
            base: b.base,
            comments: [],
          };
          this.pulls.set(pull.number, pull);
          return { status: 201, body: this.pullBody(pull) };
        },
      },
      {
        method: 'PATCH',
        pattern: new RegExp(`${repoPath}/pulls/(\\d+)$`),
        handle: (m, request) => {
          const pull = this.pulls.get(Number(m[3]));
          if (!pull) return { status: 404, body: { message: 'Not Found' } };
          const b = request.body ?? {};
          if (typeof b.title === 'string') pull.title = b.title;
          if (typeof b.body === 'string') pull.body = b.body;
          if (b.state === 'open' || b.state === 'closed') pull.state = b.state;
          return { status: 200, body: this.pullBody(pull) };
        },
      },
    ];
  }

  private pullBody(pull: FakePull): Record<string, unknown> {
    return {
      number: pull.number,
      title: pull.title,
      body: pull.body,
      state: pull.state,
      head: { ref: pull.head },
      base: { ref: pull.base },
      html_url: `https://github.com/owner/repo/pull/${pull.number}`,
    };
  }

  private issueBody(issue: FakeIssue): Record<string, unknown> {
    return {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      labels: issue.labels.map((name) => ({ name })),
      user: issue.user,
      comments: issue.comments.length,
      html_url: `https://github.com/owner/repo/issues/${issue.number}`,
    };
  }
}

/** Start a fake GitHub API on a free port of 127.0.0.1. */
export async function startFakeGitHub(): Promise<FakeGitHub> {
  let fake: FakeGitHub | undefined;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => fake!.handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  fake = new FakeGitHub(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { changedFileFromApi, parseGitDiff, parsePatch, unquoteGitPath } from '../../src/filter/diff.js';

describe('parsePatch (the pulls API patch of one file)', () => {
  test('added lines and hunk ranges on the new side, across hunks', () => {
    const patch = [
      '@@ -1,4 +1,5 @@',
      ' apiVersion: hvlint/v1',
      ' kind: Switch',
      '+# a comment',
      ' metadata:',
      '-  name: OLD',
      '+  name: NEW',
      '@@ -20,3 +21,4 @@ spec:',
      '   vlans:',
      '     - id: 10',
      '+    - id: 20',
      '   ports: []',
    ].join('\n');
    expect(parsePatch(patch)).toEqual({
      added: [
        { start: 3, end: 3 },
        { start: 5, end: 5 },
        { start: 23, end: 23 },
      ],
      hunks: [
        { start: 1, end: 5 },
        { start: 21, end: 24 },
      ],
    });
  });

  test('adjacent added lines merge; a pure deletion has no new-side lines', () => {
    expect(parsePatch('@@ -0,0 +1,3 @@\n+a\n+b\n+c')).toEqual({
      added: [{ start: 1, end: 3 }],
      hunks: [{ start: 1, end: 3 }],
    });
    expect(parsePatch('@@ -5,2 +4,0 @@\n-x\n-y')).toEqual({ added: [], hunks: [] });
  });

  test('"\\ No newline at end of file" takes no line; a one-line hunk header has no count', () => {
    expect(parsePatch('@@ -3 +3 @@\n-old\n\\ No newline at end of file\n+new\n\\ No newline at end of file')).toEqual({
      added: [{ start: 3, end: 3 }],
      hunks: [{ start: 3, end: 3 }],
    });
  });

  test('a "+++" line inside a hunk is an added line, not a header', () => {
    expect(parsePatch('@@ -1,1 +1,2 @@\n keep\n+++ looks like a header')).toEqual({
      added: [{ start: 2, end: 2 }],
      hunks: [{ start: 1, end: 2 }],
    });
  });
});

describe('changedFileFromApi', () => {
  test('removed files are left out; a missing patch (too large) counts every line', () => {
    expect(
      changedFileFromApi({ filename: 'gone.yaml', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' }),
    ).toBeUndefined();
    expect(changedFileFromApi({ filename: 'huge.yaml', status: 'modified', changes: 90000 })).toEqual({
      path: 'huge.yaml',
      added: 'all',
      hunks: 'all',
    });
  });

  test('a rename without changes touches no line but keeps its previous name', () => {
    expect(
      changedFileFromApi({ filename: 'new.yaml', previous_filename: 'old.yaml', status: 'renamed', changes: 0 }),
    ).toEqual({ path: 'new.yaml', previousPath: 'old.yaml', added: [], hunks: [] });
  });
});

describe('unquoteGitPath', () => {
  test("undoes git's C quoting, octal UTF-8 bytes included", () => {
    expect(unquoteGitPath('"a/t\\303\\251st \\"x\\".yaml"')).toBe('a/tést "x".yaml');
    expect(unquoteGitPath('plain.yaml')).toBe('plain.yaml');
  });
});

describe('parseGitDiff', () => {
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    });

  test('a real git diff: modified, added, deleted, renamed and oddly named files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-gitdiff-'));
    const write = (name: string, text: string): void => {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    };
    const lines = (n: number, prefix: string): string =>
      Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`).join('\n') + '\n';
    write('keep.yaml', lines(20, 'line '));
    write('gone.yaml', 'a\nb\n');
    write('old name.yaml', lines(10, 'same '));
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    const base = git(dir, 'rev-parse', 'HEAD').trim();
    write('keep.yaml', lines(20, 'line ').replace('line 10\n', 'line 10\ninserted\n'));
    fs.rmSync(path.join(dir, 'gone.yaml'));
    fs.renameSync(path.join(dir, 'old name.yaml'), path.join(dir, 'new näme.yaml'));
    write('dir/fresh.yaml', 'x: 1\ny: 2\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'head');
    const diff = git(dir, 'diff', '--no-color', '--no-ext-diff', '-M', '-U3', base, 'HEAD');
    fs.rmSync(dir, { recursive: true, force: true });
    const files = parseGitDiff(diff).sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(files).toEqual([
      { path: 'dir/fresh.yaml', added: [{ start: 1, end: 2 }], hunks: [{ start: 1, end: 2 }] },
      { path: 'keep.yaml', added: [{ start: 11, end: 11 }], hunks: [{ start: 8, end: 14 }] },
      { path: 'new näme.yaml', previousPath: 'old name.yaml', added: [], hunks: [] },
    ]);
  });

  test('a binary file counts as wholly changed', () => {
    const diff = 'diff --git a/x.bin b/x.bin\nindex 1..2 100644\nBinary files a/x.bin and b/x.bin differ\n';
    expect(parseGitDiff(diff)).toEqual([{ path: 'x.bin', added: 'all', hunks: 'all' }]);
  });
});

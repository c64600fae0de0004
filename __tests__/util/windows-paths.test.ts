/**
 * The path logic with Windows semantics (`path.win32`), on any platform: drive letters,
 * backslashes in arguments and in config globs, UNC paths, other drives, and the
 * case-insensitive comparison Windows paths need. docs/ci.md says what is verified this way.
 */
import * as path from 'node:path';
import { commonDirectory, displayPath, globArgument, isInside, relativeBelow } from '../../src/util/paths.js';
import { discoveryGlobs, matchesAny, normalizeGlob, pathFromRoot, rebaseGlobs } from '../../src/config/globs.js';

const win = path.win32;

describe('file names in findings', () => {
  test('relative to cwd with `/`, from backslashed absolute paths', () => {
    expect(displayPath('C:\\repo', 'C:\\repo\\estate\\hosts.yaml', win)).toBe('estate/hosts.yaml');
    expect(displayPath('C:\\repo\\sub', 'C:\\repo\\top.yaml', win)).toBe('../top.yaml');
  });

  test('the case of a drive letter or folder does not make a file foreign', () => {
    expect(displayPath('c:\\Repo', 'C:\\repo\\estate\\hosts.yaml', win)).toBe('estate/hosts.yaml');
  });

  test('a file on another drive, or a UNC share, keeps its absolute path', () => {
    expect(displayPath('C:\\repo', 'D:\\estate\\hosts.yaml', win)).toBe('D:/estate/hosts.yaml');
    expect(displayPath('C:\\repo', '\\\\server\\share\\estate\\hosts.yaml', win)).toBe(
      '//server/share/estate/hosts.yaml',
    );
  });
});

describe('inside or outside a folder (the workspace, the config root)', () => {
  test('drive letters and case', () => {
    expect(isInside('C:\\repo', 'C:\\repo\\estate\\a.yaml', win)).toBe(true);
    expect(isInside('C:\\repo', 'c:\\REPO\\estate\\a.yaml', win)).toBe(true);
    expect(isInside('C:\\repo', 'C:\\repo', win)).toBe(true);
    expect(isInside('C:\\repo', 'C:\\repo2\\a.yaml', win)).toBe(false);
    expect(isInside('C:\\repo', 'D:\\repo\\a.yaml', win)).toBe(false);
    expect(isInside('\\\\server\\share', '\\\\server\\share\\estate\\a.yaml', win)).toBe(true);
    expect(isInside('\\\\server\\share', '\\\\other\\share\\a.yaml', win)).toBe(false);
  });

  test('a name that starts with two dots is inside (on both platforms)', () => {
    expect(relativeBelow('C:\\repo', 'C:\\repo\\..hidden.yaml', win)).toBe('..hidden.yaml');
    expect(relativeBelow('/repo', '/repo/..hidden.yaml', path.posix)).toBe('..hidden.yaml');
    expect(relativeBelow('C:\\repo\\sub', 'C:\\repo\\x.yaml', win)).toBeUndefined();
  });
});

describe('the folder that holds every named path (where the config is looked for)', () => {
  test('on one drive', () => {
    expect(commonDirectory(['C:\\repo\\estate\\a', 'C:\\repo\\estate\\b\\c', 'c:\\repo\\x'], win)).toBe('C:\\repo');
  });

  test('on different drives there is none (and the search ends)', () => {
    expect(commonDirectory(['C:\\repo\\estate', 'D:\\estate'], win)).toBeUndefined();
    expect(commonDirectory(['C:\\repo', '\\\\server\\share\\estate'], win)).toBeUndefined();
  });
});

describe('glob arguments the shell did not expand (PowerShell and cmd never do)', () => {
  test('an absolute Windows glob: the folder to walk and the pattern below it', () => {
    expect(globArgument('C:\\repo\\estate\\*.yaml', 'C:\\work', win)).toEqual({
      base: 'C:\\repo\\estate',
      pattern: '*.yaml',
    });
    expect(globArgument('C:/repo/estate/**/*.yml', 'D:\\work', win)).toEqual({
      base: 'C:\\repo\\estate',
      pattern: '**/*.yml',
    });
  });

  test('relative, with backslashes, and on a UNC share', () => {
    expect(globArgument('estate\\**\\*.yaml', 'C:\\repo', win)).toEqual({
      base: 'C:\\repo\\estate',
      pattern: '**/*.yaml',
    });
    expect(globArgument('*.yaml', 'C:\\repo', win)).toEqual({ base: 'C:\\repo', pattern: '*.yaml' });
    expect(globArgument('\\\\server\\share\\estate\\*.yaml', 'C:\\repo', win)).toEqual({
      base: '\\\\server\\share\\estate',
      pattern: '*.yaml',
    });
  });

  test('a plain path is not a glob; on POSIX a backslash escapes', () => {
    expect(globArgument('C:\\repo\\estate\\hosts.yaml', 'C:\\work', win)).toBeUndefined();
    expect(globArgument('estate/*.yaml', '/repo', path.posix)).toEqual({ base: '/repo/estate', pattern: '*.yaml' });
    expect(globArgument('estate/\\*.yaml', '/repo', path.posix)).toEqual({
      base: '/repo/estate',
      pattern: '\\*.yaml',
    });
  });
});

describe('config globs: the same on every platform', () => {
  test('backslashes in a glob separate folders', () => {
    expect(normalizeGlob('estate\\legacy\\**')).toBe('estate/legacy/**');
    expect(matchesAny('estate/legacy/old.yaml', ['estate\\legacy\\**'], 'C:\\repo', 'C:\\repo', win)).toBe(true);
    expect(matchesAny('estate/legacy/old.yaml', ['estate\\legacy\\**'], '/repo', '/repo', path.posix)).toBe(true);
  });

  test('a file as the config root sees it, from a subfolder cwd', () => {
    expect(pathFromRoot('estate/a.yaml', 'C:\\repo', 'C:\\repo\\sub', win)).toBe('sub/estate/a.yaml');
    expect(pathFromRoot('../top.yaml', 'C:\\repo', 'c:\\REPO\\sub', win)).toBe('top.yaml');
    expect(matchesAny('a.yaml', ['sub/*.yaml'], 'C:\\repo', 'C:\\repo\\sub', win)).toBe(true);
  });

  test('rebased for discovery from a subfolder, a parent, or another drive', () => {
    expect(rebaseGlobs(['estate\\legacy\\**', 'other/**'], 'C:\\repo', 'C:\\repo\\estate', win)).toEqual(['legacy/**']);
    expect(rebaseGlobs(['estate\\*.yaml'], 'C:\\repo\\infra', 'C:\\repo', win)).toEqual(['infra/estate/*.yaml']);
    expect(rebaseGlobs(['estate\\*.yaml'], 'C:\\repo', 'D:\\work', win)).toEqual(['estate/*.yaml']);
    expect(discoveryGlobs({ include: ['estate\\**\\*.yaml'], root: 'C:\\repo' }, 'c:\\repo', win)).toEqual({
      include: ['estate/**/*.yaml'],
      exclude: undefined,
    });
  });

  test('matching is case-sensitive, as on Linux CI (a decision: one config, one meaning)', () => {
    expect(matchesAny('Estate/a.yaml', ['estate/*.yaml'], 'C:\\repo', 'C:\\repo', win)).toBe(false);
  });
});

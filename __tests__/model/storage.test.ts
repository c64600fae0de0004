import {
  bootDriveOf,
  csvHolding,
  isClusterStoragePath,
  isSmbPath,
  isUnder,
  normalizeWindowsPath,
} from '../../src/model/storage.js';
import { lintTexts } from '../../src/lint.js';
import { cluster, vm } from '../helpers/estate-docs.js';

/** The estate of schema-valid fixtures (a fixture typo fails here, not silently later). */
function estateOf(files: Record<string, string>) {
  const result = lintTexts(files, { rules: [] });
  expect(result.findings.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([]);
  return result.estate;
}

describe('Windows paths', () => {
  test.each([
    ['C:\\ClusterStorage\\Volume1\\', 'c:\\clusterstorage\\volume1'],
    ['C:/ClusterStorage//Volume1/x.vhdx', 'c:\\clusterstorage\\volume1\\x.vhdx'],
    ['\\\\FS01\\Share\\\\x.vhdx', '\\\\fs01\\share\\x.vhdx'],
  ])('normalizeWindowsPath(%s) = %s', (path, normal) => {
    expect(normalizeWindowsPath(path)).toBe(normal);
  });

  test('isUnder compares whole folder names, case-insensitively', () => {
    expect(isUnder('C:\\ClusterStorage\\Volume1\\APP01\\a.vhdx', 'c:\\clusterstorage\\volume1')).toBe(true);
    expect(isUnder('C:\\ClusterStorage\\Volume1', 'C:\\ClusterStorage\\Volume1\\')).toBe(true);
    expect(isUnder('C:\\ClusterStorage\\Volume10\\a.vhdx', 'C:\\ClusterStorage\\Volume1')).toBe(false);
    expect(isUnder('D:\\ClusterStorage\\Volume1\\a.vhdx', 'C:\\ClusterStorage\\Volume1')).toBe(false);
  });

  test('SMB and CSV namespaces', () => {
    expect(isSmbPath('\\\\FS01\\VMs\\a.vhdx')).toBe(true);
    expect(isSmbPath('C:\\VMs\\a.vhdx')).toBe(false);
    expect(isClusterStoragePath('C:\\ClusterStorage\\Volume7\\a.vhdx')).toBe(true);
    expect(isClusterStoragePath('e:\\clusterstorage\\x\\a.vhdx')).toBe(true);
    expect(isClusterStoragePath('D:\\Backup\\ClusterStorage\\a.vhdx')).toBe(false);
    expect(isClusterStoragePath('C:\\ClusterStorageOld\\a.vhdx')).toBe(false);
  });
});

describe('csvHolding', () => {
  test('finds the CSV of a cluster that holds a path, with its JSON path', () => {
    const estate = estateOf({
      'c.yaml': cluster('HVC1', {
        volumes: [
          { name: 'V1', path: 'C:\\ClusterStorage\\Volume1' },
          { name: 'V2', path: 'C:\\ClusterStorage\\Volume2', storage: 'iscsi' },
        ],
      }),
    });
    const hvc1 = estate.get('HyperVCluster', 'HVC1')!;
    const found = csvHolding([hvc1], 'c:\\clusterstorage\\volume2\\x.vhdx');
    expect(found?.volume.name).toBe('V2');
    expect(found?.path).toEqual(['spec', 'sharedVolumes', 1]);
    expect(csvHolding([hvc1], 'C:\\ClusterStorage\\Volume3\\x.vhdx')).toBeUndefined();
  });
});

describe('bootDriveOf', () => {
  const first = (spec: string) => bootDriveOf(estateOf({ 'v.yaml': vm('X', spec) }).get('VirtualMachine', 'X')!)?.slot;
  const drives = (list: string) => `controllers:\n${list}`;

  test('the drive marked boot wins', () => {
    expect(
      first(
        `generation: 1\nhost: HV01\n${drives('  - type: ide\n    number: 0\n    drives:\n      - location: 0\n        path: D:\\a.vhdx\n        purpose: system\n      - location: 1\n        kind: dvd\n        boot: true\n')}`,
      ),
    ).toBe('IDE 0:1');
  });

  test('then the system disk', () => {
    expect(
      first(
        `generation: 2\nhost: HV01\n${drives('  - type: scsi\n    number: 0\n    drives:\n      - location: 0\n        path: D:\\a.vhdx\n      - location: 5\n        path: D:\\b.vhdx\n        purpose: system\n')}`,
      ),
    ).toBe('SCSI 0:5');
  });

  test('then, for generation 1 only, the first IDE disk by controller and location', () => {
    const spec = drives(
      '  - type: ide\n    number: 1\n    drives:\n      - location: 0\n        path: D:\\a.vhdx\n  - type: ide\n    number: 0\n    drives:\n      - location: 1\n        path: D:\\b.vhdx\n      - location: 0\n        kind: dvd\n',
    );
    expect(first(`generation: 1\nhost: HV01\n${spec}`)).toBe('IDE 0:1');
    expect(first(`generation: 2\nhost: HV01\n${spec}`)).toBeUndefined();
  });
});

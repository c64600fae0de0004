import { ruleTester } from '../../helpers/rule-tester.js';
import { valuePos, vm, y } from '../../helpers/estate-docs.js';
import { vmControllerLimits } from '../../../src/rules/vm/vm-controller-limits.js';
import { parseManifests } from '../../../src/load/index.js';
import { Estate } from '../../../src/model/estate.js';
import { ManifestDocument } from '../../../src/model/document.js';
import { runRules } from '../../../src/rules/run.js';

const IDE_OUT_OF_RANGE = vm(
  'OLD01',
  y`
  generation: 1
  host: HV01
  controllers:
    - type: ide
      number: 0
      drives:
        - location: 0
          path: D:\VMs\OLD01.vhdx
          boot: true
        - location: 2
          kind: dvd
    - type: ide
      number: 2
`,
);

const DUPLICATES = vm(
  'APP01',
  y`
  generation: 2
  host: HV01
  controllers:
    - type: scsi
      number: 0
      drives:
        - location: 0
          path: D:\VMs\APP01.vhdx
          boot: true
        - location: 0
          path: D:\VMs\APP01-data.vhdx
    - type: scsi
      number: 1
    - type: scsi
      number: 0
`,
);

ruleTester(vmControllerLimits, {
  valid: [
    {
      name: 'all four IDE slots and the last SCSI slot',
      files: vm(
        'OLD01',
        y`
        generation: 1
        host: HV01
        controllers:
          - type: ide
            number: 0
            drives:
              - location: 0
                path: D:\VMs\a.vhdx
                boot: true
              - location: 1
                path: D:\VMs\b.vhdx
          - type: ide
            number: 1
            drives:
              - location: 0
                kind: dvd
              - location: 1
                kind: dvd
          - type: scsi
            number: 3
            drives:
              - location: 63
                path: D:\VMs\c.vhdx
      `,
      ),
    },
    {
      name: 'the same location on different controllers',
      files: vm(
        'APP01',
        y`
        generation: 2
        host: HV01
        controllers:
          - type: scsi
            number: 0
            drives:
              - location: 0
                path: D:\VMs\a.vhdx
          - type: scsi
            number: 1
            drives:
              - location: 0
                path: D:\VMs\b.vhdx
      `,
      ),
    },
    {
      name: 'IDE 0 and SCSI 0 are different controllers',
      files: vm(
        'OLD02',
        'generation: 1\nhost: HV01\ncontrollers:\n  - type: ide\n    number: 0\n  - type: scsi\n    number: 0\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'IDE location 2 and IDE controller 2',
      files: IDE_OUT_OF_RANGE,
      errors: [
        {
          messageId: 'location',
          ...valuePos(IDE_OUT_OF_RANGE, 'location: 2'),
          message: 'location 2 is out of range for IDE controller 0: IDE controllers have locations 0-1',
        },
        {
          messageId: 'controllerNumber',
          ...valuePos(IDE_OUT_OF_RANGE, 'number: 2'),
          message: 'controller number 2 is out of range for IDE: Hyper-V has IDE controllers 0-1',
        },
      ],
    },
    {
      name: 'two drives in one slot and a controller declared twice, each with the first as related',
      files: DUPLICATES,
      errors: [
        {
          messageId: 'duplicateLocation',
          ...valuePos(DUPLICATES, 'location: 0', 2),
          message: 'VM "APP01" has two drives at SCSI 0:0: give each drive its own location',
          related: [{ file: 'test.yaml', ...valuePos(DUPLICATES, 'location: 0', 1) }],
        },
        {
          messageId: 'duplicateController',
          ...valuePos(DUPLICATES, 'number: 0', 2),
          message: 'VM "APP01" declares SCSI controller 0 twice: merge the drives into one entry',
          related: [{ file: 'test.yaml', ...valuePos(DUPLICATES, 'number: 0', 1) }],
        },
      ],
    },
  ],
});

// The schema caps SCSI numbers at 3 and locations at 63, so documents that break those limits
// only reach the rules from elsewhere (drift inventories). Run the rule on such a document directly.
describe('vm-controller-limits beyond the schema', () => {
  test('SCSI controller 4 and location 64 are reported', () => {
    const text = vm(
      'BIG01',
      'generation: 2\nhost: HV01\ncontrollers:\n  - type: scsi\n    number: 4\n    drives:\n      - location: 64\n        path: D:\\VMs\\a.vhdx\n',
    );
    const loaded = parseManifests('big.yaml', text);
    const findings = runRules(
      new Estate(loaded.manifests.map((doc) => ManifestDocument.of(doc, true))),
      [vmControllerLimits],
      () => ({ severity: 'error', options: {} }),
      new Date(),
    );
    expect(findings.map((f) => [f.messageId, f.line, f.column, f.message])).toEqual([
      [
        'controllerNumber',
        valuePos(text, 'number: 4').line,
        valuePos(text, 'number: 4').column,
        'controller number 4 is out of range for SCSI: Hyper-V has SCSI controllers 0-3',
      ],
      [
        'location',
        valuePos(text, 'location: 64').line,
        valuePos(text, 'location: 64').column,
        'location 64 is out of range for SCSI controller 4: SCSI controllers have locations 0-63',
      ],
    ]);
  });
});

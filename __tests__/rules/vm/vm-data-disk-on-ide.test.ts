import { ruleTester } from '../../helpers/rule-tester.js';
import { valuePos, vm, y } from '../../helpers/estate-docs.js';
import { vmDataDiskOnIde } from '../../../src/rules/vm/vm-data-disk-on-ide.js';

const MARKED = vm(
  'MON01',
  y`
  generation: 1
  host: HV01
  controllers:
    - type: ide
      number: 0
      drives:
        - location: 0
          path: D:\VMs\MON01-data.vhdx
          purpose: data
        - location: 1
          path: D:\VMs\MON01-system.vhdx
          boot: true
    - type: ide
      number: 1
      drives:
        - location: 0
          kind: dvd
        - location: 1
          path: D:\VMs\MON01-logs.vhdx
`,
);

const UNMARKED = vm(
  'MON02',
  y`
  generation: 1
  host: HV01
  controllers:
    - type: ide
      number: 1
      drives:
        - location: 1
          path: D:\VMs\MON02-data.vhdx
    - type: ide
      number: 0
      drives:
        - location: 0
          path: D:\VMs\MON02-system.vhdx
`,
);

ruleTester(vmDataDiskOnIde, {
  valid: [
    {
      name: 'boot disk on IDE, data on SCSI, DVD on IDE',
      files: vm(
        'MON01',
        y`
        generation: 1
        host: HV01
        controllers:
          - type: ide
            number: 0
            drives:
              - location: 0
                path: D:\VMs\MON01-system.vhdx
              - location: 1
                kind: dvd
          - type: scsi
            number: 0
            drives:
              - location: 0
                path: D:\VMs\MON01-data.vhdx
      `,
      ),
    },
    {
      name: 'the system disk counts as the boot disk when none is marked',
      files: vm(
        'MON01',
        'generation: 1\nhost: HV01\ncontrollers:\n  - type: ide\n    number: 1\n    drives:\n      - location: 1\n        path: D:\\VMs\\sys.vhdx\n        purpose: system\n',
      ),
    },
    {
      name: 'generation 2 is left to vm-generation-controllers',
      files: vm(
        'G2',
        'generation: 2\nhost: HV01\ncontrollers:\n  - type: ide\n    number: 0\n    drives:\n      - location: 0\n        path: D:\\VMs\\a.vhdx\n      - location: 1\n        path: D:\\VMs\\b.vhdx\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'data disks on IDE next to a marked boot disk',
      files: MARKED,
      errors: [
        {
          messageId: 'dataDiskOnIde',
          ...valuePos(MARKED, 'location: 0'),
          message:
            'disk "D:\\VMs\\MON01-data.vhdx" of VM "MON01" is on IDE 0:0 but is not the boot disk: IDE loses ODX offload, move it to a SCSI controller',
        },
        {
          messageId: 'dataDiskOnIde',
          ...valuePos(MARKED, 'location: 1', 2),
          message: /MON01-logs\.vhdx.* is on IDE 1:1/,
        },
      ],
    },
    {
      name: 'without boot or purpose, the first IDE disk (by controller and location) is the boot disk',
      files: UNMARKED,
      errors: [
        {
          messageId: 'dataDiskOnIde',
          ...valuePos(UNMARKED, 'location: 1'),
          message: /MON02-data\.vhdx.* is on IDE 1:1/,
        },
      ],
    },
  ],
});

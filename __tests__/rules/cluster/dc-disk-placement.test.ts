import { ruleTester } from '../../helpers/rule-tester.js';
import { dc, valuePos, vm, y } from '../../helpers/estate-docs.js';
import { dcDiskPlacement } from '../../../src/rules/cluster/dc-disk-placement.js';

const DC03 = dc('DC03', 'corp.example.com', { vm: 'DC03' });
const BAD_VM = vm(
  'DC03',
  y`
  generation: 1
  host: HV01
  controllers:
    - type: ide
      number: 0
      drives:
        - location: 0
          path: D:\VMs\DC03\system.vhdx
          type: differencing
          boot: true
        - location: 1
          path: D:\VMs\DC03\ntds.vhdx
          purpose: ntds
    - type: ide
      number: 1
      drives:
        - location: 0
          path: D:\VMs\DC03\sysvol.vhdx
          type: differencing
          purpose: sysvol
        - location: 1
          kind: dvd
`,
);
const GOOD_VM = vm(
  'DC03',
  y`
  generation: 1
  host: HV01
  controllers:
    - type: ide
      number: 0
      drives:
        - location: 0
          path: D:\VMs\DC03\system.vhdx
          type: fixed
          boot: true
          purpose: system
    - type: scsi
      number: 0
      drives:
        - location: 0
          path: D:\VMs\DC03\ntds.vhdx
          purpose: ntds
        - location: 1
          path: D:\VMs\DC03\sysvol.vhdx
          purpose: sysvol
`,
);

ruleTester(dcDiskPlacement, {
  valid: [
    { name: 'NTDS and SYSVOL on SCSI, no differencing disks', files: { 'd.yaml': DC03, 'v.yaml': GOOD_VM } },
    { name: 'a VM that is no DC may do as it likes', files: { 'v.yaml': BAD_VM } },
    {
      name: 'a physical DC',
      files: {
        'd.yaml': dc('DC04', 'corp.example.com', { physicalServer: 'DC04' }),
        'v.yaml': BAD_VM.replace('name: DC03', 'name: DC04'),
      },
    },
  ],
  invalid: [
    {
      name: 'differencing disks and NTDS/SYSVOL on IDE, in drive order',
      files: { 'd.yaml': DC03, 'v.yaml': BAD_VM },
      errors: [
        {
          messageId: 'differencing',
          file: 'v.yaml',
          ...valuePos(BAD_VM, 'type: differencing', 1),
          message:
            'disk "D:\\VMs\\DC03\\system.vhdx" of domain controller "DC03" is a differencing disk: domain controllers must not use differencing disks, merge it into a standalone VHDX',
          related: [{ file: 'd.yaml', ...valuePos(DC03, 'vm: DC03') }],
        },
        {
          messageId: 'onIde',
          file: 'v.yaml',
          ...valuePos(BAD_VM, 'purpose: ntds'),
          message:
            'NTDS disk "D:\\VMs\\DC03\\ntds.vhdx" of domain controller "DC03" is on IDE 0:1: put NTDS and SYSVOL on a virtual SCSI disk',
        },
        {
          messageId: 'differencing',
          file: 'v.yaml',
          ...valuePos(BAD_VM, 'type: differencing', 2),
          message: /sysvol\.vhdx/,
        },
        {
          messageId: 'onIde',
          file: 'v.yaml',
          ...valuePos(BAD_VM, 'purpose: sysvol'),
          message: /^SYSVOL disk .* is on IDE 1:0/,
        },
      ],
    },
  ],
});

import { ruleTester } from '../../helpers/rule-tester.js';
import { valuePos, vm, y } from '../../helpers/estate-docs.js';
import { vmDynamicVhd } from '../../../src/rules/vm/vm-dynamic-vhd.js';

const disk = (format: string, type: string, kind = ''): string =>
  vm(
    'MON01',
    y`
    generation: 2
    host: HV01
    controllers:
      - type: scsi
        number: 0
        drives:
          - location: 0
            path: D:\VMs\MON01.vhdx
            format: vhdx
            type: dynamic
          - location: 1
            path: D:\VMs\MON01-data.vhd
            format: ${format}
            type: ${type}${kind}
  `,
  );

const DYNAMIC_VHD = disk('vhd', 'dynamic');

ruleTester(vmDynamicVhd, {
  valid: [
    { name: 'fixed VHD', files: disk('vhd', 'fixed') },
    { name: 'dynamic VHDX', files: disk('vhdx', 'dynamic') },
    { name: 'differencing VHD is another matter', files: disk('vhd', 'differencing') },
    {
      name: 'format not declared',
      files: vm(
        'X',
        'generation: 2\nhost: HV01\ncontrollers:\n  - type: scsi\n    number: 0\n    drives:\n      - location: 0\n        path: D:\\VMs\\x.vhd\n        type: dynamic\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'dynamic VHD, reported at its format',
      files: DYNAMIC_VHD,
      errors: [
        {
          messageId: 'dynamicVhd',
          ...valuePos(DYNAMIC_VHD, 'format: vhd\n'),
          message:
            'disk "D:\\VMs\\MON01-data.vhd" of VM "MON01" is a dynamically expanding VHD: convert it to VHDX (Convert-VHD), or to a fixed VHD',
        },
      ],
    },
  ],
});

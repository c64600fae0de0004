import { ruleTester } from '../../helpers/rule-tester.js';
import { docs, vm } from '../../helpers/estate-docs.js';
import { vmMacAddressConflict } from '../../../src/rules/vm/vm-mac-address-conflict.js';

const withMac = (name: string, mac: string): string =>
  vm(name, `generation: 2\nhost: HV01\nnetworkAdapters:\n  - { name: LAN, switch: vSwitch-VM, macAddress: ${mac} }\n`);
const hostPool = (name: string, min: string, max: string): string =>
  `apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata:\n  name: ${name}\nspec:\n  os: windows-server-2012-r2\n  domain: corp.example.com\n  macAddressPool: { minimum: ${min}, maximum: ${max} }\n`;

ruleTester(vmMacAddressConflict, {
  valid: [
    { name: 'distinct static MACs', files: docs(withMac('A', '00-15-5D-00-00-01'), withMac('B', '00-15-5D-00-00-02')) },
    {
      name: 'adjacent pools do not overlap',
      files: docs(hostPool('HV01', '00155D0A1E00', '00155D0A1EFF'), hostPool('HV02', '00155D0A1F00', '00155D0A1FFF')),
    },
  ],
  invalid: [
    {
      name: 'one MAC on two adapters, in two notations',
      files: docs(withMac('A', '00-15-5D-00-00-01'), withMac('B', '00:15:5d:00:00:01')),
      errors: [
        {
          messageId: 'duplicateStatic',
          line: 19,
          column: 52,
          message:
            'network adapter "LAN" of VM "B" has static MAC 00:15:5d:00:00:01, which network adapter "LAN" of VM "A" also has: give each adapter its own MAC',
          related: [{ line: 9, column: 52 }],
        },
      ],
    },
    {
      name: 'three pools, the third inside the first: each overlap once, against the pool reaching furthest',
      files: docs(
        hostPool('HV01', '00155D0A1E00', '00155D0A1EFF'),
        hostPool('HV02', '00155D0A1E80', '00155D0A1F7F'),
        hostPool('HV03', '00155D0A1E10', '00155D0A1E20'),
      ),
      errors: [
        {
          messageId: 'poolOverlap',
          line: 17,
          message:
            'the dynamic MAC address pool of host "HV02" (00155D0A1E80–00155D0A1F7F) overlaps that of host "HV01" (00155D0A1E00–00155D0A1EFF): VMs can get the same MAC, and duplicate-IP warnings follow when they meet; give every host its own range',
          related: [{ line: 8 }],
        },
        {
          messageId: 'poolOverlap',
          line: 26,
          message: /^the dynamic MAC address pool of host "HV03" .* overlaps that of host "HV01"/,
        },
      ],
    },
  ],
});

import { defineRule } from '../types.js';
import { drivesOf, isDisk } from '../../model/storage.js';

export const vmDynamicVhd = defineRule({
  meta: {
    id: 'vm-dynamic-vhd',
    severity: 'warning',
    area: 'vm',
    description: 'Report dynamically expanding disks in the VHD format: convert them to VHDX, or make them fixed.',
    fixable: false,
    messages: {
      dynamicVhd:
        'disk "{{path}}" of VM "{{vm}}" is a dynamically expanding VHD: convert it to VHDX (Convert-VHD), or to a fixed VHD',
    },
    sources: [
      'docs/domain.md §3.3 (Microsoft: VHD never passes UNMAP; VHDX on SCSI is recommended)',
      'docs/domain.md §3.4 (Microsoft: for VHD use fixed; for VHDX dynamic is fine)',
    ],
  },
  check({ estate, report }) {
    for (const vm of estate.of('VirtualMachine')) {
      for (const { drive, path } of drivesOf(vm)) {
        if (!isDisk(drive) || drive.format !== 'vhd' || drive.type !== 'dynamic') continue;
        report({
          doc: vm,
          path: [...path, 'format'],
          messageId: 'dynamicVhd',
          data: { vm: vm.name, path: drive.path ?? '' },
        });
      }
    }
  },
});

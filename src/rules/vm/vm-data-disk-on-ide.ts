import { defineRule } from '../types.js';
import { bootDriveOf, drivesOf, isDisk } from '../../model/storage.js';

export const vmDataDiskOnIde = defineRule({
  meta: {
    id: 'vm-data-disk-on-ide',
    severity: 'warning',
    area: 'vm',
    description: 'Report disks other than the boot disk that sit on an IDE controller: move them to SCSI.',
    fixable: false,
    messages: {
      dataDiskOnIde:
        'disk "{{path}}" of VM "{{vm}}" is on {{slot}} but is not the boot disk: IDE loses ODX offload, move it to a SCSI controller',
    },
    sources: [
      'docs/domain.md §3.3 (Microsoft: UNMAP reaches the host from VHDX on SCSI; VHDX on SCSI is recommended. Field: ODX offload is lost on IDE)',
      'docs/domain.md §3.1 (generation 1 boots from IDE: only the boot disk needs it)',
    ],
  },
  check({ estate, report }) {
    for (const vm of estate.of('VirtualMachine')) {
      // Generation 2 has no IDE at all: vm-generation-controllers reports those drives.
      if (vm.spec.generation !== 1) continue;
      const boot = bootDriveOf(vm);
      for (const placed of drivesOf(vm)) {
        if (placed.controller.type !== 'ide' || !isDisk(placed.drive) || placed.drive === boot?.drive) continue;
        report({
          doc: vm,
          path: [...placed.path, 'location'],
          messageId: 'dataDiskOnIde',
          data: { vm: vm.name, path: placed.drive.path ?? '', slot: placed.slot },
        });
      }
    }
  },
});

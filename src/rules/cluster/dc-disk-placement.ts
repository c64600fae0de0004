import { defineRule } from '../types.js';
import { drivesOf, isDisk } from '../../model/storage.js';

const AD_PURPOSES: Record<string, string> = { ntds: 'NTDS', sysvol: 'SYSVOL' };

export const dcDiskPlacement = defineRule({
  meta: {
    id: 'dc-disk-placement',
    severity: 'warning',
    area: 'cluster',
    description: 'Report domain controller VMs with their NTDS or SYSVOL disk on IDE, or with differencing disks.',
    fixable: false,
    messages: {
      onIde:
        '{{purpose}} disk "{{path}}" of domain controller "{{dc}}" is on {{slot}}: put NTDS and SYSVOL on a virtual SCSI disk',
      differencing:
        'disk "{{path}}" of domain controller "{{dc}}" is a differencing disk: domain controllers must not use differencing disks, merge it into a standalone VHDX',
    },
    sources: [
      'docs/domain.md §5.1 (Microsoft: put NTDS and SYSVOL on a virtual SCSI disk; no differencing disks for DCs)',
    ],
  },
  check({ estate, report }) {
    for (const dc of estate.of('DomainController')) {
      const vm = estate.get('VirtualMachine', dc.spec.vm);
      if (!vm) continue;
      const related = [
        { doc: dc, path: ['spec', 'vm'], message: `DomainController "${dc.name}" runs on VM "${vm.name}"` },
      ];
      for (const { controller, drive, path, slot } of drivesOf(vm)) {
        if (!isDisk(drive)) continue;
        const purpose = drive.purpose ? AD_PURPOSES[drive.purpose] : undefined;
        if (purpose && controller.type === 'ide') {
          report({
            doc: vm,
            path: [...path, 'purpose'],
            messageId: 'onIde',
            data: { purpose, path: drive.path ?? '', dc: dc.name, slot },
            related,
          });
        }
        if (drive.type === 'differencing') {
          report({
            doc: vm,
            path: [...path, 'type'],
            messageId: 'differencing',
            data: { path: drive.path ?? '', dc: dc.name },
            related,
          });
        }
      }
    }
  },
});

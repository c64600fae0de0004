import { defineRule } from '../types.js';
import { bootDriveOf, isDisk } from '../../model/storage.js';

export const vmGenerationControllers = defineRule({
  meta: {
    id: 'vm-generation-controllers',
    severity: 'error',
    area: 'vm',
    description:
      'Report IDE controllers and drives on generation 2 VMs, and generation 1 VMs whose boot drive is not on IDE.',
    fixable: false,
    messages: {
      gen2IdeController:
        'generation 2 VM "{{vm}}" has IDE controller {{number}}: generation 2 has no IDE, remove it and use a SCSI controller',
      gen2IdeControllerDrives:
        'generation 2 VM "{{vm}}" has IDE controller {{number}} with {{drives}}: generation 2 has no IDE, move {{them}} to a SCSI controller and remove the IDE controller',
      gen1BootNotIde:
        'generation 1 VM "{{vm}}" boots from {{slot}}: generation 1 boots only from IDE, move the boot {{kind}} to IDE 0:0',
    },
    sources: ['docs/domain.md §3.1 (Microsoft: generation 1 boots only from IDE; generation 2 has no IDE controller)'],
  },
  check({ estate, report }) {
    for (const vm of estate.of('VirtualMachine')) {
      const controllers = vm.spec.controllers ?? [];
      if (vm.spec.generation === 2) {
        controllers.forEach((controller, i) => {
          if (controller.type !== 'ide') return;
          // One finding per controller, naming its drives, so the VM is fixed in one round.
          const drives = controller.drives ?? [];
          const named = drives.map((drive) => {
            const slot = `IDE ${controller.number}:${drive.location}`;
            return isDisk(drive) ? `disk "${drive.path ?? slot}" (${slot})` : `DVD drive ${slot}`;
          });
          report({
            doc: vm,
            path: ['spec', 'controllers', i, 'type'],
            messageId: drives.length === 0 ? 'gen2IdeController' : 'gen2IdeControllerDrives',
            data: {
              vm: vm.name,
              number: controller.number,
              drives: named.join(', '),
              them: drives.length === 1 ? (isDisk(drives[0]!) ? 'the disk' : 'the DVD drive') : 'them',
            },
          });
        });
        continue;
      }
      const boot = bootDriveOf(vm);
      if (boot && boot.controller.type !== 'ide') {
        const at = boot.drive.boot === true ? [...boot.path, 'boot'] : [...boot.path, 'location'];
        report({
          doc: vm,
          path: at,
          messageId: 'gen1BootNotIde',
          data: { vm: vm.name, slot: boot.slot, kind: isDisk(boot.drive) ? 'disk' : 'DVD drive' },
        });
      }
    }
  },
});

import { defineRule } from '../types.js';

/** Hyper-V's controller limits (docs/domain.md §3.2): IDE 0–1 × locations 0–1, SCSI 0–3 × locations 0–63. */
const LIMITS = { ide: { number: 1, location: 1 }, scsi: { number: 3, location: 63 } } as const;

export const vmControllerLimits = defineRule({
  meta: {
    id: 'vm-controller-limits',
    severity: 'error',
    area: 'vm',
    description:
      "Report controller numbers and locations beyond Hyper-V's limits, two drives in one slot, and two controllers with the same type and number.",
    fixable: false,
    messages: {
      controllerNumber:
        'controller number {{number}} is out of range for {{type}}: Hyper-V has {{type}} controllers 0-{{max}}',
      location:
        'location {{location}} is out of range for {{type}} controller {{number}}: {{type}} controllers have locations 0-{{max}}',
      duplicateController: 'VM "{{vm}}" declares {{type}} controller {{number}} twice: merge the drives into one entry',
      duplicateLocation: 'VM "{{vm}}" has two drives at {{slot}}: give each drive its own location',
    },
    sources: [
      'docs/domain.md §3.2 (Microsoft: IDE controllers 0–1 with locations 0–1; up to 4 SCSI controllers with 64 locations each)',
    ],
  },
  check({ estate, report }) {
    for (const vm of estate.of('VirtualMachine')) {
      const controllers = vm.spec.controllers ?? [];
      const firstController = new Map<string, number>();
      const firstSlot = new Map<string, Array<string | number>>();
      controllers.forEach((controller, i) => {
        const limit = LIMITS[controller.type];
        const at = ['spec', 'controllers', i];
        if (controller.number > limit.number) {
          report({
            doc: vm,
            path: [...at, 'number'],
            messageId: 'controllerNumber',
            data: { type: controller.type.toUpperCase(), number: controller.number, max: limit.number },
          });
        }
        const controllerKey = `${controller.type}:${controller.number}`;
        const first = firstController.get(controllerKey);
        if (first === undefined) firstController.set(controllerKey, i);
        else {
          report({
            doc: vm,
            path: [...at, 'number'],
            messageId: 'duplicateController',
            data: { vm: vm.name, type: controller.type.toUpperCase(), number: controller.number },
            related: [
              {
                doc: vm,
                path: ['spec', 'controllers', first, 'number'],
                message: `${controller.type.toUpperCase()} controller ${controller.number} first declared here`,
              },
            ],
          });
        }
        (controller.drives ?? []).forEach((drive, j) => {
          const drivePath = [...at, 'drives', j, 'location'];
          if (drive.location > limit.location) {
            report({
              doc: vm,
              path: drivePath,
              messageId: 'location',
              data: {
                type: controller.type.toUpperCase(),
                number: controller.number,
                location: drive.location,
                max: limit.location,
              },
            });
          }
          const slot = `${controller.type.toUpperCase()} ${controller.number}:${drive.location}`;
          const taken = firstSlot.get(slot);
          if (!taken) firstSlot.set(slot, drivePath);
          else
            report({
              doc: vm,
              path: drivePath,
              messageId: 'duplicateLocation',
              data: { vm: vm.name, slot },
              related: [{ doc: vm, path: taken, message: `${slot} is taken here` }],
            });
        });
      });
    }
  },
});

import { ruleTester } from '../../helpers/rule-tester.js';
import { docs, valuePos, vm, y } from '../../helpers/estate-docs.js';
import { vmGenerationControllers } from '../../../src/rules/vm/vm-generation-controllers.js';

const GEN2_IDE_DVD = vm(
  'WEB01',
  y`
  generation: 2
  host: HV01
  controllers:
    - type: scsi
      number: 0
      drives:
        - location: 0
          path: D:\VMs\WEB01.vhdx
          boot: true
    - type: ide
      number: 1
      drives:
        - location: 1
          kind: dvd
`,
);

const GEN2_IDE_DISK_AND_EMPTY = vm(
  'WEB02',
  y`
  generation: 2
  host: HV01
  controllers:
    - type: ide
      number: 0
      drives:
        - location: 0
          path: D:\VMs\WEB02.vhdx
          boot: true
    - type: ide
      number: 1
`,
);

const GEN1_BOOT_SCSI = vm(
  'OLD01',
  y`
  generation: 1
  host: HV01
  controllers:
    - type: ide
      number: 1
      drives:
        - location: 0
          kind: dvd
    - type: scsi
      number: 0
      drives:
        - location: 0
          path: D:\VMs\OLD01.vhdx
          boot: true
`,
);

const GEN1_SYSTEM_ON_SCSI = vm(
  'OLD02',
  y`
  generation: 1
  host: HV01
  controllers:
    - type: scsi
      number: 0
      drives:
        - location: 3
          path: D:\VMs\OLD02.vhdx
          purpose: system
`,
);

ruleTester(vmGenerationControllers, {
  valid: [
    {
      name: 'generation 2 with SCSI only, DVD on SCSI',
      files: vm(
        'WEB01',
        y`
        generation: 2
        host: HV01
        controllers:
          - type: scsi
            number: 0
            drives:
              - location: 0
                path: D:\VMs\WEB01.vhdx
                boot: true
              - location: 1
                kind: dvd
      `,
      ),
    },
    {
      name: 'generation 1 booting from IDE with data on SCSI',
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
                path: D:\VMs\OLD01.vhdx
                boot: true
          - type: scsi
            number: 0
            drives:
              - location: 0
                path: D:\VMs\OLD01-data.vhdx
                purpose: system
      `,
      ),
    },
    {
      name: 'generation 1 booting from an IDE DVD',
      files: vm(
        'OLD01',
        y`
        generation: 1
        host: HV01
        controllers:
          - type: ide
            number: 1
            drives:
              - location: 0
                kind: dvd
                boot: true
          - type: scsi
            number: 0
            drives:
              - location: 0
                path: D:\VMs\OLD01-data.vhdx
      `,
      ),
    },
    {
      name: 'generation 1 with no boot drive marked and no system disk is not judged',
      files: vm(
        'OLD01',
        'generation: 1\nhost: HV01\ncontrollers:\n  - type: scsi\n    number: 0\n    drives:\n      - location: 0\n        path: D:\\VMs\\OLD01.vhdx\n',
      ),
    },
    { name: 'no controllers at all', files: vm('EMPTY', 'generation: 2\nhost: HV01\n') },
  ],
  invalid: [
    {
      name: 'generation 2 with a DVD on IDE',
      files: GEN2_IDE_DVD,
      errors: [
        {
          messageId: 'gen2IdeControllerDrives',
          file: 'test.yaml',
          ...valuePos(GEN2_IDE_DVD, 'type: ide'),
          message:
            'generation 2 VM "WEB01" has IDE controller 1 with DVD drive IDE 1:1: generation 2 has no IDE, move the DVD drive to a SCSI controller and remove the IDE controller',
        },
      ],
    },
    {
      name: 'generation 2 with a disk on IDE and an empty IDE controller',
      files: GEN2_IDE_DISK_AND_EMPTY,
      errors: [
        {
          messageId: 'gen2IdeControllerDrives',
          ...valuePos(GEN2_IDE_DISK_AND_EMPTY, 'type: ide'),
          message:
            'generation 2 VM "WEB02" has IDE controller 0 with disk "D:\\VMs\\WEB02.vhdx" (IDE 0:0): generation 2 has no IDE, move the disk to a SCSI controller and remove the IDE controller',
        },
        {
          messageId: 'gen2IdeController',
          ...valuePos(GEN2_IDE_DISK_AND_EMPTY, 'type: ide', 2),
          message: /has IDE controller 1:/,
        },
      ],
    },
    {
      name: 'generation 1 booting from SCSI, reported at boot',
      files: GEN1_BOOT_SCSI,
      errors: [
        {
          messageId: 'gen1BootNotIde',
          ...valuePos(GEN1_BOOT_SCSI, 'boot: true'),
          message:
            'generation 1 VM "OLD01" boots from SCSI 0:0: generation 1 boots only from IDE, move the boot disk to IDE 0:0',
        },
      ],
    },
    {
      name: 'generation 1 whose system disk is on SCSI, reported at its location',
      files: GEN1_SYSTEM_ON_SCSI,
      errors: [
        {
          messageId: 'gen1BootNotIde',
          ...valuePos(GEN1_SYSTEM_ON_SCSI, 'location: 3'),
          message: /boots from SCSI 0:3/,
        },
      ],
    },
    {
      name: 'an IDE controller with two drives is one finding naming both',
      files: vm(
        'WEB03',
        y`
        generation: 2
        host: HV01
        controllers:
          - type: ide
            number: 0
            drives:
              - { location: 0, path: D:\VMs\WEB03.vhdx }
              - { location: 1, kind: dvd }
      `,
      ),
      errors: [
        {
          messageId: 'gen2IdeControllerDrives',
          line: 9,
          message:
            'generation 2 VM "WEB03" has IDE controller 0 with disk "D:\\VMs\\WEB03.vhdx" (IDE 0:0), DVD drive IDE 0:1: generation 2 has no IDE, move them to a SCSI controller and remove the IDE controller',
        },
      ],
    },
    {
      name: 'one finding per VM, in file order',
      files: { 'a.yaml': docs(GEN2_IDE_DVD, GEN1_BOOT_SCSI) },
      errors: [
        { messageId: 'gen2IdeControllerDrives', file: 'a.yaml', line: valuePos(GEN2_IDE_DVD, 'type: ide').line },
        {
          messageId: 'gen1BootNotIde',
          file: 'a.yaml',
          line: GEN2_IDE_DVD.split('\n').length + valuePos(GEN1_BOOT_SCSI, 'boot: true').line,
        },
      ],
    },
  ],
});

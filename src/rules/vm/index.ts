import type { Rule } from '../types.js';
import { vmCheckpointAge } from './vm-checkpoint-age.js';
import { vmCheckpointLimit } from './vm-checkpoint-limit.js';
import { vmControllerLimits } from './vm-controller-limits.js';
import { vmDataDiskOnIde } from './vm-data-disk-on-ide.js';
import { vmDynamicVhd } from './vm-dynamic-vhd.js';
import { vmGenerationControllers } from './vm-generation-controllers.js';
import { vmHaDiskPlacement } from './vm-ha-disk-placement.js';
import { vmLocalDiskOnCsv } from './vm-local-disk-on-csv.js';
import { vmRecoveryCheckpoint } from './vm-recovery-checkpoint.js';
import { vmMacAddressConflict } from './vm-mac-address-conflict.js';

/** The vm rules, in id order. */
export const vmRules: Rule[] = [
  vmCheckpointAge,
  vmCheckpointLimit,
  vmControllerLimits,
  vmDataDiskOnIde,
  vmDynamicVhd,
  vmGenerationControllers,
  vmHaDiskPlacement,
  vmLocalDiskOnCsv,
  vmMacAddressConflict,
  vmRecoveryCheckpoint,
];

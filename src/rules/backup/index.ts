import type { Rule } from '../types.js';
import { backupConsistency } from './backup-consistency.js';
import { backupConsistencyUnavailable } from './backup-consistency-unavailable.js';
import { backupLinuxRemoteStorage } from './backup-linux-remote-storage.js';
import { backupNeedsScsiController } from './backup-needs-scsi-controller.js';
import { backupOffhostSoftwareVss } from './backup-offhost-software-vss.js';
import { backupRequiredUncovered } from './backup-required-uncovered.js';
import { backupTargetUnmatched } from './backup-target-unmatched.js';
import { backupCheckpointLocation } from './backup-checkpoint-location.js';
import { backupOffhostProxy } from './backup-offhost-proxy.js';

/** The backup rules, in id order. */
export const backupRules: Rule[] = [
  backupCheckpointLocation,
  backupConsistency,
  backupConsistencyUnavailable,
  backupLinuxRemoteStorage,
  backupNeedsScsiController,
  backupOffhostProxy,
  backupOffhostSoftwareVss,
  backupRequiredUncovered,
  backupTargetUnmatched,
];

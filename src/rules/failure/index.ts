import type { Rule } from '../types.js';
import { backupProxySingleFailureDomain } from './backup-proxy-single-failure-domain.js';
import { clusterN1Capacity } from './cluster-n1-capacity.js';
import { clusterQuorumN1 } from './cluster-quorum-n1.js';
import { dcSingleFailureDomain } from './dc-single-failure-domain.js';
import { networkSingleFailureDomain } from './network-single-failure-domain.js';
import { nlbSingleFailureDomain } from './nlb-single-failure-domain.js';

/**
 * The single-failure (N-1) rules, in id order. They share one what-if sweep per estate
 * (src/whatif/), each reporting its kind of consequence.
 */
export const failureRules: Rule[] = [
  backupProxySingleFailureDomain,
  clusterN1Capacity,
  clusterQuorumN1,
  dcSingleFailureDomain,
  networkSingleFailureDomain,
  nlbSingleFailureDomain,
];

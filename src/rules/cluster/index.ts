import type { Rule } from '../types.js';
import { clusterDcDependency } from './cluster-dc-dependency.js';
import { clusterMembership } from './cluster-membership.js';
import { dcDiskPlacement } from './dc-disk-placement.js';
import { dcRedundancy } from './dc-redundancy.js';
import { haAntiAffinity } from './ha-anti-affinity.js';

/** The cluster rules, in id order. */
export const clusterRules: Rule[] = [
  clusterDcDependency,
  clusterMembership,
  dcDiskPlacement,
  dcRedundancy,
  haAntiAffinity,
];

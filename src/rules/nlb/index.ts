import type { Rule } from '../types.js';
import { arpRetryCountZero } from './arp-retry-count-zero.js';
import { nlbClusterMac } from './nlb-cluster-mac.js';
import { nlbIgmpGroupCollision } from './nlb-igmp-group-collision.js';
import { nlbIgmpGroupExtraMembers } from './nlb-igmp-group-extra-members.js';
import { nlbIgmpGroupMembers } from './nlb-igmp-group-members.js';
import { nlbIgmpGroupMissing } from './nlb-igmp-group-missing.js';
import { nlbMulticastStaticEntries } from './nlb-multicast-static-entries.js';
import { nlbNodeMacSpoofing } from './nlb-node-mac-spoofing.js';
import { nlbNodeMode } from './nlb-node-mode.js';
import { nlbNodeVlan } from './nlb-node-vlan.js';
import { nlbStaticArpMismatch } from './nlb-static-arp-mismatch.js';
import { nlbUnicastMode } from './nlb-unicast-mode.js';
import { nlbVipConflict } from './nlb-vip-conflict.js';
import { nlbIgmpGatewayArp } from './nlb-igmp-gateway-arp.js';

/** The nlb rules, in id order. */
export const nlbRules: Rule[] = [
  arpRetryCountZero,
  nlbClusterMac,
  nlbIgmpGatewayArp,
  nlbIgmpGroupCollision,
  nlbIgmpGroupExtraMembers,
  nlbIgmpGroupMembers,
  nlbIgmpGroupMissing,
  nlbMulticastStaticEntries,
  nlbNodeMacSpoofing,
  nlbNodeMode,
  nlbNodeVlan,
  nlbStaticArpMismatch,
  nlbUnicastMode,
  nlbVipConflict,
];

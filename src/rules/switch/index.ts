import type { Rule } from '../types.js';
import { switchIgmpSnooping } from './switch-igmp-snooping.js';
import { switchMacStyle } from './switch-mac-style.js';
import { switchMulticastFiltering } from './switch-multicast-filtering.js';
import { switchMulticastMacMismatch } from './switch-multicast-mac-mismatch.js';

/** The switch rules, in id order. */
export const switchRules: Rule[] = [
  switchIgmpSnooping,
  switchMacStyle,
  switchMulticastFiltering,
  switchMulticastMacMismatch,
];

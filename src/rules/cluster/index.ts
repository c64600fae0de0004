import type { Rule } from '../types.js';

/** The cluster rules, in id order. */
export const clusterRules: Rule[] = [];

import type { Rule } from '../types.js';

/** The nlb rules, in id order. */
export const nlbRules: Rule[] = [];

import type { Rule } from '../types.js';

/** The switch rules, in id order. */
export const switchRules: Rule[] = [];

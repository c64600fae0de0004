import type { Rule } from '../types.js';

/** The vm rules, in id order. */
export const vmRules: Rule[] = [];

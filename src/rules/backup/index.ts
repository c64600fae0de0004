import type { Rule } from '../types.js';

/** The backup rules, in id order. */
export const backupRules: Rule[] = [];

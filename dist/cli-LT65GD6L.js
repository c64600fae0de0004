import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  CATALOGUE,
  MODEL_RULES,
  allRuleMeta
} from "./cli-PUD23IAA.js";
import "./cli-UCKEVVTC.js";
import "./cli-TAYVNBWF.js";
export {
  CATALOGUE,
  MODEL_RULES,
  allRuleMeta
};

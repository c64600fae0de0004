import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  applyFilters,
  compareFindings
} from "./cli-SHLNDBQZ.js";
import "./cli-Q3CPAGRV.js";
import "./cli-UCKEVVTC.js";
import "./cli-TAYVNBWF.js";
export {
  applyFilters,
  compareFindings
};

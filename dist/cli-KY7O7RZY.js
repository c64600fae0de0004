import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  applyFilters,
  compareFindings
} from "./cli-KLYKXWSW.js";
import "./cli-C4AQW5EH.js";
import "./cli-UCKEVVTC.js";
import "./cli-TAYVNBWF.js";
export {
  applyFilters,
  compareFindings
};

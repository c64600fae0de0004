/**
 * drift: audit the declared estate (manifests) against the live one (an inventory of PowerShell
 * exports and switch configurations). See docs/drift.md.
 */
export {
  drift,
  driftTexts,
  categoryOf,
  LIVE_PREFIX,
  type DriftOptions,
  type DriftResult,
  type DriftSummary,
  type FindingCategory,
} from './audit.js';
export { parseInventory, readInventoryFiles, type InventoryInput } from './inventory/index.js';
export { DRIFT_RULES } from '../rules/drift.js';
export { formatDriftMarkdown } from './markdown.js';

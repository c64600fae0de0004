/**
 * A finding's identity across edits: what it is about, never where it happens to be.
 * Built from the rule (and message id), the file, the document's kind and name and the JSON
 * path inside it, so it survives inserted lines, reordered documents and re-indentation.
 * Findings about a file as a whole or its YAML text (no document) use the message instead.
 * Used by baselines and as SARIF's partialFingerprints.
 */
import { createHash } from 'node:crypto';
import type { Finding } from './types.js';

export const FINGERPRINT_VERSION = 'hvlint/v1';

export function fingerprintKey(
  finding: Pick<Finding, 'ruleId' | 'messageId' | 'file' | 'document' | 'path' | 'message'>,
): string {
  const parts = [FINGERPRINT_VERSION, finding.ruleId, finding.file];
  if (finding.document) {
    parts.push(
      finding.document.kind,
      finding.document.name,
      JSON.stringify(finding.path ?? []),
      finding.messageId ?? '',
    );
  } else {
    parts.push('', '', '', finding.message);
  }
  return parts.join('\u0000');
}

/** 32 hex digits (128 bits of SHA-256) identifying the finding. */
export function fingerprint(
  finding: Pick<Finding, 'ruleId' | 'messageId' | 'file' | 'document' | 'path' | 'message'>,
): string {
  return createHash('sha256').update(fingerprintKey(finding)).digest('hex').slice(0, 32);
}

/**
 * `mode: drift`: audit the manifests against an inventory (input `inventory`), then keep one
 * tracking issue per repository in step with the result. The issue is found again by a hidden
 * marker in its body: created when drift appears, its body replaced while drift lasts (never
 * a second issue), closed with a comment when drift is gone. An audit that could not read
 * part of the inventory never closes the issue: no drift found is not no drift. The job
 * summary shows the same report; findings are annotated, and written as JSON (and SARIF).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../types.js';
import { SEVERITY_RANK } from '../types.js';
import { drift, categoryOf, type DriftResult } from '../drift/audit.js';
import { formatDriftMarkdown, ISSUE_BODY_MAX_BYTES } from '../drift/markdown.js';
import { loadConfig } from '../config/load.js';
import { resolveTargets } from './targets.js';
import { VERSION } from '../version.js';
import type { ReportInput } from '../report/types.js';
import { countBySeverity, formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { escapeMarkdown, markdownUrl, SUMMARY_MAX_BYTES } from '../report/markdown.js';
import {
  ANNOTATIONS_PER_KIND,
  describeCounts,
  findingProperties,
  messageWithRelated,
  selectAnnotations,
} from '../report/github.js';
import type { ActionContext } from './context.js';
import { updateManifests } from '../import/update.js';
import { LAYOUTS, type Layout } from '../import/build.js';
import { syncUpdatePullRequest, type PullRequestOutcome } from './drift-pr.js';

/** The hidden marker that identifies the tracking issue. */
export const DRIFT_MARKER = '<!-- hvlint:drift -->';
export const DEFAULT_ISSUE_TITLE = 'hvlint: the live estate differs from the manifests';
/** Open issues looked through for the marker (100 per page). */
const MAX_ISSUE_PAGES = 20;

interface TrackingIssue {
  number: number;
  url?: string;
}

type IssueOutcome =
  | { action: 'created' | 'updated' | 'closed' | 'kept'; issue: TrackingIssue }
  | { action: 'none' }
  | { action: 'failed'; reason: string };

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function runDriftMode(context: ActionContext): Promise<void> {
  const { inputs, core } = context;
  const inventory = inputs.get('inventory');
  if (!inventory) {
    core.setFailed(
      'hvlint: mode drift needs the "inventory" input: the directory Export-HvInventory.ps1 wrote, relative to working-directory (default: the workspace)',
    );
    return;
  }
  const inventoryDir = path.resolve(context.workspace, inputs.workingDirectory ?? '.', inventory);
  if (!fs.existsSync(inventoryDir) || !fs.statSync(inventoryDir).isDirectory()) {
    core.setFailed(`hvlint: inventory "${inventory}" is not a directory in ${context.workspace}`);
    return;
  }
  const targets = resolveTargets(context.workspace, inputs);
  if (typeof targets === 'string') {
    core.setFailed(`hvlint: ${targets}`);
    return;
  }
  const loadedConfig = loadConfig(context.workspace, targets.config);
  if (inputs.config && !loadedConfig.file) {
    core.setFailed(`hvlint: config file "${inputs.config}" not found in ${context.workspace}`);
    return;
  }
  const audited = await drift({
    cwd: context.workspace,
    inventory: inventoryDir,
    paths: targets.paths,
    config: loadedConfig.config,
    now: context.now,
  });
  const findings = [...loadedConfig.findings, ...audited.findings];
  const result: DriftResult = { ...audited, findings };
  const sources = new Map(result.sources);
  if (loadedConfig.source && loadedConfig.file) sources.set(loadedConfig.file, loadedConfig.source);
  const report: ReportInput = {
    findings,
    files: result.files,
    documents: result.documents,
    sources,
    version: VERSION,
    cwd: context.workspace,
  };
  const visible = findings.filter((f) => !f.suppressed);
  const { counts } = result.summary;
  core.info(
    `hvlint drift: ${plural(counts.drift, 'drift finding')}, ${plural(counts.live, 'policy finding')} on the live estate, ${plural(counts.inventory, 'inventory problem')}, ${plural(counts.manifests, 'manifest problem')}`,
  );

  // Files for later steps.
  const findingsFile = path.join(context.tempDir, `hvlint-${context.stepId}-drift.json`);
  fs.mkdirSync(path.dirname(findingsFile), { recursive: true });
  fs.writeFileSync(findingsFile, formatJson(report));
  let sarifFile: string | undefined;
  if (inputs.sarifFile) {
    sarifFile = path.resolve(context.workspace, inputs.sarifFile);
    fs.mkdirSync(path.dirname(sarifFile), { recursive: true });
    fs.writeFileSync(sarifFile, formatSarif(report));
  }

  if (inputs.annotate) {
    const selection = selectAnnotations(visible, (f) => f.severity);
    for (const finding of selection.shown)
      core[finding.severity](messageWithRelated(finding), findingProperties(finding, finding.ruleId));
    if (selection.omitted.length > 0) {
      core.notice(
        `hvlint: ${plural(selection.omitted.length, 'more finding')} (${describeCounts(selection.omitted)}) than GitHub annotates per step (${ANNOTATIONS_PER_KIND} of each kind). See the job summary, the tracking issue or the JSON report (output findings-file).`,
        { title: 'hvlint: more findings' },
      );
    }
  }

  // The update as a pull request, before the issue, so the issue can link to it.
  let pull: PullRequestOutcome = { action: 'none' };
  if (inputs.get('drift-pull-request') === 'true') {
    const layout = (inputs.get('drift-pull-request-layout') || 'by-kind') as Layout;
    if (!LAYOUTS.includes(layout)) {
      core.setFailed(`hvlint: drift-pull-request-layout must be one of ${LAYOUTS.join(', ')}; got "${layout}"`);
      return;
    }
    const update = await updateManifests({
      cwd: context.workspace,
      inventory: result.inventory,
      paths: inputs.paths,
      layout,
      prune: false,
    });
    pull = await syncUpdatePullRequest(context, update.changes, update.vanished, result.inventory.root);
    if (pull.action === 'failed')
      core.warning(
        `hvlint: the drift pull request was not updated: ${pull.reason}. Grant the workflow "permissions: contents: write, pull-requests: write".`,
      );
    else if (pull.action !== 'none') {
      core.info(`hvlint drift: pull request #${pull.pull.number} ${pull.action}`);
      core.setOutput('pull-request-number', pull.pull.number);
      if (pull.pull.url) core.setOutput('pull-request-url', pull.pull.url);
    }
  }

  const fileUrl = blobUrl(context);
  const pullNote =
    pull.action === 'created' || pull.action === 'updated'
      ? `Proposed update of the manifests: ${pull.pull.url ? `[#${pull.pull.number}](${markdownUrl(pull.pull.url)})` : `#${pull.pull.number}`}.`
      : undefined;
  const outcome = await syncTrackingIssue(context, result, fileUrl, pullNote);
  if (outcome.action === 'failed') {
    core.warning(
      `hvlint: the drift tracking issue was not updated: ${outcome.reason}. Grant the workflow "permissions: issues: write". The report is in the job summary.`,
    );
  } else if (outcome.action !== 'none') {
    core.info(`hvlint drift: tracking issue #${outcome.issue.number} ${outcome.action}`);
  }

  if (context.summary.available) {
    const notes: string[] = [];
    if (outcome.action !== 'none' && outcome.action !== 'failed') {
      const link = outcome.issue.url
        ? `[#${outcome.issue.number}](${markdownUrl(outcome.issue.url)})`
        : `#${outcome.issue.number}`;
      notes.push(`Tracking issue ${link}: ${outcome.action}.`);
    }
    if (outcome.action === 'failed') notes.push(`Tracking issue not updated: ${escapeMarkdown(outcome.reason)}.`);
    if (pullNote) notes.push(pullNote);
    if (sarifFile) notes.push(`SARIF: ${escapeMarkdown(path.relative(context.workspace, sarifFile) || sarifFile)}.`);
    await context.summary.append(
      formatDriftMarkdown(result, { maxBytes: SUMMARY_MAX_BYTES, fileUrl, version: VERSION, notes }),
    );
  }

  const severities = countBySeverity(findings);
  core.setOutput('errors', severities.error);
  core.setOutput('warnings', severities.warning);
  core.setOutput('notices', severities.notice);
  core.setOutput('drift', counts.drift + counts.live);
  core.setOutput('findings-file', findingsFile);
  if (sarifFile) core.setOutput('sarif-file', sarifFile);
  if (outcome.action !== 'none' && outcome.action !== 'failed') {
    core.setOutput('issue-number', outcome.issue.number);
    if (outcome.issue.url) core.setOutput('issue-url', outcome.issue.url);
  }

  const failOn = inputs.failOn;
  const failing = failOn === 'never' ? [] : visible.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
  if (failing.length > 0) core.setFailed(`hvlint drift: ${describeCounts(failing)} at or above fail-on "${failOn}"`);
}

/** Drift the tracking issue is about: drift and live-estate policy findings, warnings and errors. */
export function issueWorthy(findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (f) => !f.suppressed && f.severity !== 'notice' && (categoryOf(f) === 'drift' || categoryOf(f) === 'live'),
  );
}

/** Whether the audit could not see everything: then an empty result must not close the issue. */
export function auditIncomplete(findings: readonly Finding[]): boolean {
  return findings.some(
    (f) => !f.suppressed && f.severity === 'error' && (categoryOf(f) === 'inventory' || categoryOf(f) === 'manifests'),
  );
}

async function syncTrackingIssue(
  context: ActionContext,
  result: DriftResult,
  fileUrl: ReturnType<typeof blobUrl>,
  pullNote?: string,
): Promise<IssueOutcome> {
  const octokit = context.octokit;
  if (!octokit) return { action: 'failed', reason: 'no github-token' };
  const { owner, repo } = context.repo;
  const drifted = issueWorthy(result.findings);
  const incomplete = auditIncomplete(result.findings);
  try {
    const existing = await findTrackingIssue(context);
    const notes = [
      context.runUrl
        ? `Updated by [workflow run ${escapeMarkdown(context.runUrl.split('/').pop() ?? '')}](${markdownUrl(context.runUrl)}) at ${context.now.toISOString()}.`
        : `Updated at ${context.now.toISOString()}.`,
    ];
    if (incomplete) notes.push('⚠️ The audit is incomplete: see the inventory and manifest problems below.');
    if (pullNote) notes.push(pullNote);
    const body = (): string =>
      `${DRIFT_MARKER}\n${formatDriftMarkdown(result, { maxBytes: ISSUE_BODY_MAX_BYTES, fileUrl, version: VERSION, notes })}`;
    if (drifted.length > 0) {
      if (existing) {
        const updated = await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body: body() });
        return { action: 'updated', issue: issueOf(updated.data) };
      }
      const title = context.inputs.get('drift-issue-title') || DEFAULT_ISSUE_TITLE;
      const labels = context.inputs
        .get('drift-issue-labels')
        .split(/[,\n]/)
        .map((l) => l.trim())
        .filter(Boolean);
      const created = await octokit.rest.issues.create({
        owner,
        repo,
        title,
        body: body(),
        ...(labels.length > 0 ? { labels } : {}),
      });
      return { action: 'created', issue: issueOf(created.data) };
    }
    if (!existing) return { action: 'none' };
    if (incomplete) {
      // Nothing drifted in what could be read; what could not be read may still drift.
      const updated = await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body: body() });
      return { action: 'kept', issue: issueOf(updated.data) };
    }
    const when = result.summary.collectedAt ? ` as of the inventory collected ${result.summary.collectedAt}` : '';
    const run = context.runUrl ? ` (workflow run ${context.runUrl})` : '';
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: existing.number,
      body: `${DRIFT_MARKER}\n✅ Drift is gone: the live estate matches the manifests${when}${run}. Closing.`,
    });
    const closed = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: existing.number,
      state: 'closed',
      state_reason: 'completed',
    });
    return { action: 'closed', issue: issueOf(closed.data) };
  } catch (error) {
    const status = (error as { status?: number }).status;
    return { action: 'failed', reason: `${status ? `HTTP ${status}: ` : ''}${(error as Error).message}` };
  }
}

function issueOf(data: { number: number; html_url?: string }): TrackingIssue {
  return data.html_url ? { number: data.number, url: data.html_url } : { number: data.number };
}

/** The open issue whose body carries the marker (the oldest, if somehow there are several). */
async function findTrackingIssue(context: ActionContext): Promise<TrackingIssue | undefined> {
  const octokit = context.octokit!;
  const { owner, repo } = context.repo;
  let found: TrackingIssue | undefined;
  let pages = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    per_page: 100,
  })) {
    for (const issue of page.data) {
      if ((issue as { pull_request?: unknown }).pull_request) continue;
      if (!(issue.body ?? '').includes(DRIFT_MARKER)) continue;
      if (!found || issue.number < found.number) found = issueOf(issue);
    }
    if (++pages >= MAX_ISSUE_PAGES) break;
  }
  return found;
}

/** Links to a file at the commit. */
function blobUrl(context: ActionContext): ((file: string, line: number, endLine: number) => string) | undefined {
  if (!context.repo.owner || !context.headSha) return undefined;
  const base = `${context.serverUrl.replace(/\/$/, '')}/${context.repo.owner}/${context.repo.repo}/blob/${context.headSha}/`;
  return (file, line, endLine) =>
    `${base}${file.split('/').map(encodeURIComponent).join('/')}#L${line}${endLine > line ? `-L${endLine}` : ''}`;
}

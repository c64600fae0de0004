/**
 * `mode: lint`: lint the workspace, then report everywhere GitHub looks: workflow-command
 * annotations (the 10 per kind GitHub shows, most important first), a check run with the
 * rest, the job summary, a SARIF file, the JSON report, and step outputs. On pull requests
 * only what the change touched is annotated and can fail the step (filter-mode); the
 * summary counts everything.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Severity } from '../types.js';
import { SEVERITY_RANK } from '../types.js';
import { lint, ruleSetting, type LintOptions, type LintResult } from '../lint.js';
import { loadConfig } from '../config/load.js';
import { VERSION } from '../version.js';
import { scopeFindings, type FilterMode, type ScopedFinding } from '../filter/scope.js';
import type { ReportInput } from '../report/types.js';
import { countBySeverity, formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { nlbTopology } from '../model/topology-diagram.js';
import { formatMarkdown, escapeMarkdown, markdownUrl, SUMMARY_MAX_BYTES } from '../report/markdown.js';
import { formatFixSuggestions } from '../fix/suggestions.js';
import { formatWhatIfSummary } from '../report/whatif.js';
import { canSimulate, runWhatIf } from '../whatif/run.js';
import { failureRules } from '../rules/failure/index.js';
import type { Config } from '../config/types.js';
import {
  ANNOTATIONS_PER_KIND,
  describeCounts,
  findingProperties,
  prioritize,
  selectAnnotations,
} from '../report/github.js';
import type { ActionContext } from './context.js';
import { resolveTargets } from './targets.js';
import { pullRequestChanges, type Changes } from './changes.js';
import {
  annotationMessage,
  checkAnnotation,
  CHECK_TEXT_MAX,
  MAX_CHECK_ANNOTATIONS,
  publishCheckRun,
  type CheckRunResult,
  type Conclusion,
} from './checks.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function runLintMode(context: ActionContext): Promise<void> {
  const { inputs, core } = context;
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
  if (loadedConfig.file) core.info(`hvlint: config ${loadedConfig.file}`);
  const options: LintOptions = {
    cwd: context.workspace,
    paths: targets.paths,
    config: loadedConfig.config,
    now: context.now,
  };
  if (inputs.baseline) options.baseline = inputs.baseline;
  const result = await lint(options);
  const findings = [...loadedConfig.findings, ...result.findings];
  const sources = new Map(result.sources);
  if (loadedConfig.source && loadedConfig.file) sources.set(loadedConfig.file, loadedConfig.source);
  const report: ReportInput = {
    findings,
    files: result.files,
    documents: result.documents,
    sources,
    version: VERSION,
    cwd: context.workspace,
    ...(loadedConfig.config?.policySet ? { rules: loadedConfig.config.policySet.metas } : {}),
  };

  // Scope: what the pull request touched.
  const visible = findings.filter((f) => !f.suppressed);
  let changes: Changes | undefined;
  if (context.pullRequest && inputs.filterMode !== 'nofilter') changes = await pullRequestChanges(context);
  const scope = scopeFindings(visible, changes?.files, inputs.filterMode);
  const scopeNote = describeScope(context, inputs.filterMode, changes, scope.inScope.length, scope.outOfScope.length);
  core.info(
    `hvlint: ${describeCounts(visible) || 'no findings'} in ${plural(result.documents, 'document')} (${plural(result.files, 'file')}); ${inputs.annotate ? scopeNote.plain : 'annotations are off (annotate: false)'}`,
  );
  // Never a silent pass: a path that does not exist, or one with no manifests, fails the step.
  const unchecked = [
    ...result.missing.map((p) => `"${p}" does not exist`),
    ...result.empty.map((p) => `"${p}" holds no hvlint manifests (apiVersion: hvlint/v1)`),
  ];

  // Files for later steps.
  const findingsFile = path.join(context.tempDir, `hvlint-${context.stepId}-findings.json`);
  fs.mkdirSync(path.dirname(findingsFile), { recursive: true });
  fs.writeFileSync(findingsFile, formatJson(report));
  let sarifFile: string | undefined;
  if (inputs.sarifFile) {
    sarifFile = path.resolve(context.workspace, inputs.sarifFile);
    fs.mkdirSync(path.dirname(sarifFile), { recursive: true });
    fs.writeFileSync(sarifFile, formatSarif(report));
  }

  const failing = scope.inScope.filter(
    (s) => inputs.failOn !== 'never' && SEVERITY_RANK[s.finding.severity] >= SEVERITY_RANK[inputs.failOn],
  );
  const conclusion: Conclusion =
    failing.length > 0 || unchecked.length > 0 ? 'failure' : scope.inScope.length > 0 ? 'neutral' : 'success';

  // The check run goes first: if the token cannot write checks, its one warning must be among
  // the warnings GitHub shows.
  const ordered = prioritize(
    scope.inScope,
    (s) => s.finding.severity,
    (s) => s.onAddedLine,
  );
  let check: CheckRunResult | undefined;
  if (inputs.annotate && inputs.checkName && !context.octokit)
    core.info(`hvlint: no github-token, so no check run "${inputs.checkName}"`);
  if (inputs.annotate && inputs.checkName && context.octokit) {
    const fileUrl = blobUrl(context);
    const title =
      scope.inScope.length === 0
        ? 'No problems'
        : `${describeCounts(scope.inScope.map((s) => s.finding))}${changes ? ' in what the pull request changed' : ''}`;
    const summary = formatMarkdown(report, {
      maxBytes: CHECK_TEXT_MAX,
      title: inputs.checkName,
      notes: [
        scopeNote.markdown,
        ...(ordered.length > MAX_CHECK_ANNOTATIONS
          ? [
              `This check run annotates the first ${MAX_CHECK_ANNOTATIONS.toLocaleString('en-US')} of ${ordered.length.toLocaleString('en-US')} findings, most important first; the SARIF file and job summary have all of them.`,
            ]
          : []),
      ],
      notAnnotated: { findings: scope.outOfScope, reason: scopeNote.outOfScopeReason },
      fileUrl,
      topology: false,
      maxFindingRows: 200,
    });
    check = await publishCheckRun(context, {
      name: inputs.checkName,
      conclusion,
      title,
      summary,
      annotations: ordered.map(checkAnnotation),
    });
    if (!check.ok) {
      const why = check.forbidden
        ? 'the token cannot write checks (pull requests from forks get a read-only GITHUB_TOKEN; otherwise grant "permissions: checks: write")'
        : 'the Checks API failed';
      core.warning(
        `hvlint: no check run "${inputs.checkName}": ${why} (${check.reason}). The findings are in the annotations, the job summary${sarifFile ? ' and the SARIF file' : ''}; the result of this step does not depend on it.`,
      );
    }
  }

  // Workflow-command annotations: what GitHub shows per step, the most important first.
  // The step's own messages are annotations too: the failure (an error) and a missing check
  // run (a warning) keep their places among the ten GitHub shows.
  if (inputs.annotate) {
    const warningUsed = check !== undefined && !check.ok ? 1 : 0;
    const errorUsed = failing.length > 0 ? 1 : 0;
    const selection = selectAnnotations(
      scope.inScope,
      (s) => s.finding.severity,
      (s) => s.onAddedLine,
      {
        error: ANNOTATIONS_PER_KIND - errorUsed,
        warning: ANNOTATIONS_PER_KIND - warningUsed,
        notice: ANNOTATIONS_PER_KIND - 1,
      },
    );
    for (const scoped of selection.shown) annotate(context, scoped);
    if (selection.omitted.length > 0) {
      const where = [
        check?.ok ? `the check run "${inputs.checkName}"` : undefined,
        context.summary.available ? 'the job summary' : undefined,
        sarifFile ? `the SARIF file ${path.relative(context.workspace, sarifFile) || sarifFile}` : undefined,
        'the JSON report (output findings-file)',
      ].filter(Boolean);
      core.notice(
        `hvlint: ${plural(selection.omitted.length, 'more finding')} (${describeCounts(selection.omitted.map((s) => s.finding))}) than GitHub annotates per step (${ANNOTATIONS_PER_KIND} of each kind). See ${joinList(where as string[])}.`,
        { title: 'hvlint: more findings' },
      );
    }
  }

  // The job summary, last: it can link the check run.
  if (context.summary.available) {
    const notes = [inputs.annotate ? scopeNote.markdown : 'Annotations are off (annotate: false).'];
    if (check?.ok && check.url)
      notes.push(
        `Check run: [${escapeMarkdown(inputs.checkName)}](${markdownUrl(check.url)}) with ${plural(check.annotations, 'annotation')}.`,
      );
    if (sarifFile) notes.push(`SARIF: ${escapeMarkdown(path.relative(context.workspace, sarifFile) || sarifFile)}.`);
    // The what-if sweep and fixable findings as suggested changes, under the report; the report gives up their bytes.
    const whatif = inputs.whatifSummary ? whatIfSectionWithin(result, loadedConfig.config, context) : '';
    const fixes = fixSuggestionsWithin(findings, sources, FIX_SUGGESTIONS_MAX_BYTES);
    const summary = formatMarkdown(
      { ...report, topology: nlbTopology(result.estate, report.findings) },
      {
        notes,
        notAnnotated: { findings: scope.outOfScope, reason: scopeNote.outOfScopeReason },
        fileUrl: blobUrl(context),
        maxBytes: SUMMARY_MAX_BYTES - Buffer.byteLength(fixes, 'utf8') - Buffer.byteLength(whatif, 'utf8'),
      },
    );
    await context.summary.append([summary, whatif, fixes].filter(Boolean).join('\n'));
  }

  const counts = countBySeverity(findings);
  core.setOutput('errors', counts.error);
  core.setOutput('warnings', counts.warning);
  core.setOutput('notices', counts.notice);
  core.setOutput('findings-file', findingsFile);
  if (sarifFile) core.setOutput('sarif-file', sarifFile);

  if (unchecked.length > 0) {
    core.setFailed(`hvlint: nothing was checked in ${unchecked.join('; ')}: check paths and working-directory`);
  } else if (failing.length > 0) {
    core.setFailed(
      `hvlint: ${describeCounts(failing.map((s) => s.finding))} at or above fail-on "${inputs.failOn}"${changes ? ' in what this pull request changed' : ''}`,
    );
  }
}

/** The job summary's share for the what-if section: a table of at most 50 rows fits many times over. */
const WHATIF_MAX_BYTES = 100_000;

/**
 * The what-if section (src/report/whatif.ts) for the sweep the lint's single-failure rules ran;
 * '' when there is nothing to fail (no host, no switch) or all six rules are off.
 */
function whatIfSectionWithin(result: LintResult, config: Config, context: ActionContext): string {
  if (!canSimulate(result.estate) || !failureRules.some((rule) => ruleSetting(rule, config))) return '';
  const whatif = runWhatIf(result, { config, cwd: context.workspace, now: context.now });
  for (let maxRows = 50; maxRows >= 1; maxRows = Math.floor(maxRows / 2)) {
    const text = formatWhatIfSummary(whatif, { maxRows });
    if (Buffer.byteLength(text, 'utf8') <= WHATIF_MAX_BYTES) return text;
  }
  return '';
}

/** The job summary's share for fix suggestions: a few screens, never a threat to the 1 MiB cap. */
const FIX_SUGGESTIONS_MAX_BYTES = 50_000;

/** The fix suggestions (at most 20), fewer while they exceed `maxBytes`; '' when none fit. */
function fixSuggestionsWithin(
  findings: ReportInput['findings'],
  sources: ReportInput['sources'],
  maxBytes: number,
): string {
  for (let max = 20; max >= 1; max = Math.floor(max / 2)) {
    const text = formatFixSuggestions({ findings, sources }, { max });
    if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  }
  return '';
}

function annotate(context: ActionContext, scoped: ScopedFinding): void {
  const properties = findingProperties(scoped.at, scoped.finding.ruleId);
  const message = annotationMessage(scoped);
  const kind: Severity = scoped.finding.severity;
  context.core[kind](message, properties);
}

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Links to a file at the commit, for the summary's list of findings. */
function blobUrl(context: ActionContext): ((file: string, line: number, endLine: number) => string) | undefined {
  if (!context.repo.owner || !context.headSha) return undefined;
  const base = `${context.serverUrl.replace(/\/$/, '')}/${context.repo.owner}/${context.repo.repo}/blob/${context.headSha}/`;
  return (file, line, endLine) =>
    `${base}${file.split('/').map(encodeURIComponent).join('/')}#L${line}${endLine > line ? `-L${endLine}` : ''}`;
}

const MODE_WORDS: Record<FilterMode, string> = {
  added: 'on lines it added',
  diff_context: 'in its diff hunks',
  file: 'in files it changed',
  nofilter: '',
};

/** One sentence on what was annotated, as plain text (log) and Markdown (summary). */
function describeScope(
  context: ActionContext,
  mode: FilterMode,
  changes: Changes | undefined,
  inScope: number,
  outOfScope: number,
): { plain: string; markdown: string; outOfScopeReason: string } {
  const pr = context.pullRequest;
  if (!pr || mode === 'nofilter') {
    const why = !pr ? `not a pull request (${context.eventName || 'no event'})` : 'filter-mode nofilter';
    const text = `every finding is annotated: ${why}`;
    return { plain: text, markdown: `Every finding is annotated: ${escapeMarkdown(why)}.`, outOfScopeReason: '' };
  }
  if (!changes) {
    const text = `every finding is annotated: the changed lines of pull request #${pr.number} are not known`;
    return {
      plain: text,
      markdown: `Every finding is annotated: the changed lines of pull request #${pr.number} are not known.`,
      outOfScopeReason: '',
    };
  }
  const reason = `outside what pull request #${pr.number} changed (filter-mode ${mode})`;
  const text = `pull request #${pr.number} changes ${plural(changes.files.length, 'file')} (from ${changes.source === 'api' ? 'the pulls API' : 'git diff'}); ${plural(inScope, 'finding')} ${MODE_WORDS[mode]} annotated, ${outOfScope} outside not annotated (filter-mode ${mode})`;
  return {
    plain: text,
    markdown: `Pull request #${pr.number} changes ${plural(changes.files.length, 'file')}: ${plural(inScope, 'finding')} ${MODE_WORDS[mode]} annotated, ${outOfScope} elsewhere counted but not annotated (filter-mode ${mode}).`,
    outOfScopeReason: reason,
  };
}

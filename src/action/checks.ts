/**
 * A check run with every annotation GitHub's 10-per-step limit leaves out. The Checks API
 * takes at most 50 annotations per request: the run is created with the first 50 and each
 * update appends the next 50. Summary and text are capped at 65,535 characters.
 *
 * Tokens that cannot write checks (pull requests from forks get a read-only GITHUB_TOKEN;
 * workflows without `checks: write`) get 403 or 404: that is reported once, as a warning,
 * and never decides the job's result.
 */
import type { Severity } from '../types.js';
import type { ScopedFinding } from '../filter/scope.js';
import type { ActionContext } from './context.js';
import { describeError } from './changes.js';
import { messageWithRelated } from '../report/github.js';

export const ANNOTATIONS_PER_REQUEST = 50;
/**
 * At most this many annotations per check run (20 requests): creating content has secondary
 * rate limits (about 80 requests a minute), and a GITHUB_TOKEN has 1,000 requests an hour per
 * repository. The most important come first; the SARIF file and job summary have all.
 */
export const MAX_CHECK_ANNOTATIONS = 1000;
/** GitHub's limit for a check run's summary and text (characters; bytes are a safe bound). */
export const CHECK_TEXT_MAX = 65_535;

type AnnotationLevel = 'failure' | 'warning' | 'notice';
const LEVEL: Record<Severity, AnnotationLevel> = { error: 'failure', warning: 'warning', notice: 'notice' };

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  message: string;
  title: string;
}

/** An annotation at the scoped location; a cross-file finding annotated elsewhere says where it is reported. */
export function checkAnnotation(scoped: ScopedFinding): CheckAnnotation {
  const { finding, at } = scoped;
  const annotation: CheckAnnotation = {
    path: at.file,
    start_line: at.line,
    end_line: Math.max(at.line, at.endLine),
    annotation_level: LEVEL[finding.severity],
    message: truncate(annotationMessage(scoped), 60_000),
    title: truncate(finding.ruleId, 255),
  };
  // The API takes columns only on one-line annotations.
  if (annotation.start_line === annotation.end_line) {
    annotation.start_column = at.column;
    annotation.end_column = Math.max(at.column, at.endColumn);
  }
  return annotation;
}

/** The message an annotation shows: the finding's, and where it is reported when annotated at a related place. */
export function annotationMessage(scoped: ScopedFinding): string {
  const { finding, via } = scoped;
  if (!via) return messageWithRelated(finding);
  return `${finding.message}\n(${via.message}; the finding is reported at ${finding.file}:${finding.line}:${finding.column})`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Cut Markdown to at most `max` UTF-8 bytes, on a line boundary, with a note. */
export function fitCheckText(markdown: string, max = CHECK_TEXT_MAX): string {
  if (Buffer.byteLength(markdown, 'utf8') <= max) return markdown;
  const note = '\n\n_Cut to fit the check run; the job summary and SARIF file have everything._\n';
  let cut = Buffer.from(markdown, 'utf8')
    .subarray(0, max - Buffer.byteLength(note, 'utf8'))
    .toString('utf8');
  cut = cut.replace(/\uFFFD$/, '');
  const lastBreak = cut.lastIndexOf('\n');
  if (lastBreak > 0) cut = cut.slice(0, lastBreak);
  // An open <details> or code fence would swallow the note.
  if ((cut.match(/```/g) ?? []).length % 2 === 1) cut += '\n```';
  if (cut.lastIndexOf('<details>') > cut.lastIndexOf('</details>')) cut += '\n\n</details>';
  return cut + note;
}

export type Conclusion = 'success' | 'failure' | 'neutral';

export interface CheckRunRequest {
  name: string;
  conclusion: Conclusion;
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

export type CheckRunResult =
  { ok: true; id: number; url?: string; annotations: number } | { ok: false; reason: string; forbidden: boolean };

/** Create the check run and append the rest of its annotations, 50 per request. */
export async function publishCheckRun(context: ActionContext, request: CheckRunRequest): Promise<CheckRunResult> {
  const octokit = context.octokit;
  if (!octokit) return { ok: false, reason: 'there is no github-token', forbidden: false };
  const annotations = request.annotations.slice(0, MAX_CHECK_ANNOTATIONS);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (batch: CheckAnnotation[] | undefined) => ({
    title: request.title,
    summary: fitCheckText(request.summary),
    ...(batch && batch.length > 0 ? { annotations: batch } : {}),
  });
  let id: number;
  let url: string | undefined;
  try {
    const created = await octokit.rest.checks.create({
      owner: context.repo.owner,
      repo: context.repo.repo,
      name: request.name,
      head_sha: context.headSha,
      status: 'completed',
      conclusion: request.conclusion,
      completed_at: context.now.toISOString(),
      output: output(batches[0]),
    });
    id = created.data.id;
    url = created.data.html_url ?? undefined;
  } catch (error) {
    return failure(error);
  }
  try {
    for (const batch of batches.slice(1)) {
      await octokit.rest.checks.update({
        owner: context.repo.owner,
        repo: context.repo.repo,
        check_run_id: id,
        output: output(batch),
      });
    }
  } catch (error) {
    return failure(error);
  }
  return { ok: true, id, ...(url ? { url } : {}), annotations: annotations.length };
}

function failure(error: unknown): CheckRunResult {
  const status = (error as { status?: number }).status;
  return { ok: false, reason: describeError(error), forbidden: status === 403 || status === 404 };
}

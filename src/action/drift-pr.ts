/**
 * `drift-pull-request: true`: propose the manifest update (`hvlint import --update`) as a pull
 * request, kept in step like the tracking issue. One branch (`hvlint/drift-update`), reset onto
 * the base branch on every run and given the minimal edits through the REST git-refs and contents
 * APIs (no git, no checkout needed); one open pull request from it, found again by its head
 * branch: opened when there is something to change, its title and body replaced while there is,
 * closed with a comment when the manifests match the estate again.
 */
import type { FileChange } from '../fix/index.js';
import type { Vanished } from '../import/update.js';
import { escapeMarkdown } from '../report/markdown.js';
import type { ActionContext } from './context.js';

export const DRIFT_PR_MARKER = '<!-- hvlint:drift-pull-request -->';
export const DEFAULT_PR_BRANCH = 'hvlint/drift-update';
export const DEFAULT_PR_TITLE = 'hvlint: bring the manifests in line with the live estate';

export interface PullRequestRef {
  number: number;
  url?: string;
}

export type PullRequestOutcome =
  | { action: 'created' | 'updated' | 'closed'; pull: PullRequestRef }
  | { action: 'none' }
  | { action: 'failed'; reason: string };

const status = (error: unknown): number | undefined => (error as { status?: number }).status;

export async function syncUpdatePullRequest(
  context: ActionContext,
  changes: readonly FileChange[],
  vanished: readonly Vanished[],
  inventoryRoot: string,
): Promise<PullRequestOutcome> {
  const octokit = context.octokit;
  if (!octokit) return { action: 'failed', reason: 'no github-token' };
  const { owner, repo } = context.repo;
  const branch = context.inputs.get('drift-pull-request-branch') || DEFAULT_PR_BRANCH;
  try {
    const open = (
      await octokit.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${branch}`, per_page: 10 })
    ).data[0];
    if (changes.length === 0) {
      if (!open) return { action: 'none' };
      await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: open.number,
        body: `${DRIFT_PR_MARKER}\n✅ The manifests match the live estate now: nothing left to change. Closing.`,
      });
      const closed = await octokit.rest.pulls.update({ owner, repo, pull_number: open.number, state: 'closed' });
      return { action: 'closed', pull: pullOf(closed.data) };
    }

    const base =
      context.inputs.get('drift-pull-request-base') ||
      (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    const baseSha = (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${base}` })).data.object.sha;
    // The branch starts again from the base on every run: its content is always "base + this update".
    let branchExists = true;
    try {
      await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    } catch (error) {
      if (status(error) !== 404) throw error;
      branchExists = false;
    }
    if (branchExists)
      await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: baseSha, force: true });
    else await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: baseSha });

    for (const change of changes) {
      let sha: string | undefined;
      try {
        const current = await octokit.rest.repos.getContent({ owner, repo, path: change.file, ref: branch });
        if (!Array.isArray(current.data) && 'sha' in current.data) sha = current.data.sha;
      } catch (error) {
        if (status(error) !== 404) throw error;
      }
      await octokit.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path: change.file,
        branch,
        message: `hvlint import --update: ${change.file}`,
        content: Buffer.from(change.after, 'utf8').toString('base64'),
        ...(sha ? { sha } : {}),
      });
    }

    const title = context.inputs.get('drift-pull-request-title') || DEFAULT_PR_TITLE;
    const body = pullRequestBody(context, changes, vanished, inventoryRoot);
    if (open) {
      const updated = await octokit.rest.pulls.update({ owner, repo, pull_number: open.number, title, body });
      return { action: 'updated', pull: pullOf(updated.data) };
    }
    const created = await octokit.rest.pulls.create({ owner, repo, title, head: branch, base, body });
    return { action: 'created', pull: pullOf(created.data) };
  } catch (error) {
    const code = status(error);
    return { action: 'failed', reason: `${code ? `HTTP ${code}: ` : ''}${(error as Error).message}` };
  }
}

function pullOf(data: { number: number; html_url?: string }): PullRequestRef {
  return data.html_url ? { number: data.number, url: data.html_url } : { number: data.number };
}

function pullRequestBody(
  context: ActionContext,
  changes: readonly FileChange[],
  vanished: readonly Vanished[],
  inventoryRoot: string,
): string {
  const lines = [
    DRIFT_PR_MARKER,
    `The manifests brought in line with the inventory \`${escapeMarkdown(inventoryRoot)}\` by \`hvlint import --update\`: minimal edits that keep comments and order. Review what changed in the estate before merging: the estate may be what is wrong.`,
    '',
    ...changes.map(
      (c) =>
        `- \`${escapeMarkdown(c.file)}\`${c.before === '' ? ' (new file: objects the manifests did not have; fill in the TODO comments)' : ''}`,
    ),
  ];
  if (vanished.length > 0) {
    lines.push(
      '',
      'Declared but no longer in the inventory (not removed; delete them if they are gone for good):',
      '',
      ...vanished.map(
        (v) => `- ${v.kind} \`${escapeMarkdown(v.name)}\` in \`${escapeMarkdown(v.file)}\` line ${v.line}`,
      ),
    );
  }
  lines.push(
    '',
    context.runUrl
      ? `Updated by workflow run ${context.runUrl} at ${context.now.toISOString()}.`
      : `Updated at ${context.now.toISOString()}.`,
  );
  return lines.join('\n');
}

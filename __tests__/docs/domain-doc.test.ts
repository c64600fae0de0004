/**
 * docs/domain.md is what rule pages and rule metas cite as "§1.2": every section number cited
 * anywhere in the docs, the README and the rules' `meta.sources` must be a heading there, the
 * rules listed under each fact must be those that cite it, and every relative Markdown link in
 * docs/ and README.md must lead to a file that exists (and, into a Markdown file, to a heading
 * that exists, with anchors as GitHub makes them).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRuleMeta } from '../../src/rules/index.js';

const ROOT = process.cwd();
const DOMAIN = path.join(ROOT, 'docs', 'domain.md');

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

const FILES = [path.join(ROOT, 'README.md'), ...markdownFiles(path.join(ROOT, 'docs'))].sort();
const rel = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/');

/** Markdown outside fenced code blocks and inline code spans, line by line (line numbers kept). */
function proseLines(markdown: string): string[] {
  let fence: string | undefined;
  return markdown.split(/\r?\n/).map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return '';
    }
    return fence === undefined ? line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)) : '';
  });
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens. */
function githubSlug(heading: string): string {
  const text = heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown file, duplicates numbered as GitHub does (`x`, `x-1`, `x-2`). */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of proseLines(markdown)) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = githubSlug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** Section numbers of docs/domain.md by heading: "## 1. Network…" is §1, "### 1.2 IGMP…" is §1.2. */
function domainSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const line of proseLines(markdown)) {
    const m = /^#{2,3}\s+(\d+(?:\.\d+)?)\.?\s+(.*)$/.exec(line);
    if (m) sections.set(m[1]!, githubSlug(line.replace(/^#+\s+/, '')));
  }
  return sections;
}

/**
 * `§x.y` citations of the domain facts in a text. Numbers right after another document's name
 * (RFC 1112 §6.4, the YAML specification §5.2) are that document's sections, not ours.
 */
function domainCitations(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/§(\d+(?:\.\d+)*)/g)) {
    const before = text.slice(Math.max(0, m.index! - 40), m.index);
    if (/(?:RFC \d+|specification)\s*$/.test(before)) continue;
    out.push(m[1]!);
  }
  return out;
}

interface Link {
  file: string;
  line: number;
  text: string;
  target: string;
}

function linksOf(file: string): Link[] {
  const links: Link[] = [];
  proseLines(fs.readFileSync(file, 'utf8')).forEach((line, i) => {
    for (const m of line.matchAll(/!?\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      links.push({ file, line: i + 1, text: m[1]!, target: m[2]! });
    const def = /^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/.exec(line);
    if (def) links.push({ file, line: i + 1, text: def[1]!, target: def[2]! });
  });
  return links;
}

const isExternal = (target: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

const domainText = fs.readFileSync(DOMAIN, 'utf8');
const sections = domainSections(domainText);

describe('the helpers', () => {
  test('GitHub anchors', () => {
    expect(githubSlug('1.2 IGMP multicast group')).toBe('12-igmp-multicast-group');
    expect(githubSlug('2.2 Hosts land on LAGs; nodes move')).toBe('22-hosts-land-on-lags-nodes-move');
    expect(githubSlug('1. Network Load Balancing (NLB)')).toBe('1-network-load-balancing-nlb');
    expect(githubSlug('Include and exclude')).toBe('include-and-exclude');
    expect(githubSlug('`hvlint explain`')).toBe('hvlint-explain');
  });

  test("citations: ours are found, other documents' sections are not", () => {
    expect(
      domainCitations('(RFC 1112 §6.4, docs/domain.md §1.3) and [§2.1](x), YAML 1.2.2 specification §5.2, §9.9'),
    ).toEqual(['1.3', '2.1', '9.9']);
  });
});

describe('docs/domain.md', () => {
  test('has sections 1 to 7, each fact numbered in order under its section', () => {
    const numbers = [...sections.keys()];
    expect(numbers.filter((n) => !n.includes('.'))).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    for (const section of ['1', '2', '3', '4', '5', '6', '7']) {
      const facts = numbers.filter((n) => n.startsWith(`${section}.`)).map((n) => Number(n.split('.')[1]));
      expect(facts.length).toBeGreaterThan(0);
      expect(facts).toEqual(facts.map((_, i) => i + 1));
    }
  });

  test('under each fact (and section), the rules that cite it: no more, no fewer', () => {
    // Listed: the rule pages linked from each numbered block, up to the next heading.
    const listed = new Map<string, string[]>();
    let current: string | undefined;
    for (const line of proseLines(domainText)) {
      const heading = /^#{1,6}\s+(?:(\d+(?:\.\d+)?)\.?\s)?/.exec(line);
      if (heading) current = heading[1];
      if (!current) continue;
      for (const m of line.matchAll(/\]\(rules\/([a-z0-9-]+)\.md\)/g))
        listed.set(current, [...(listed.get(current) ?? []), m[1]!]);
    }
    // Citing: a rule's meta.sources and its doc page.
    const citing = new Map<string, string[]>();
    for (const meta of allRuleMeta()) {
      const page = path.join(ROOT, 'docs', 'rules', `${meta.id}.md`);
      const text = [...meta.sources, ...(fs.existsSync(page) ? proseLines(fs.readFileSync(page, 'utf8')) : [])].join(
        '\n',
      );
      for (const n of new Set(domainCitations(text))) citing.set(n, [...(citing.get(n) ?? []), meta.id]);
    }
    const table = (map: Map<string, string[]>): Record<string, string[]> =>
      Object.fromEntries([...sections.keys()].map((n) => [n, [...new Set(map.get(n) ?? [])].sort()]));
    expect(table(listed)).toEqual(table(citing));
  });

  test('every fact has a mark and a source', () => {
    const blocks = domainText.split(/^### /m).slice(1);
    expect(blocks.length).toBe([...sections.keys()].filter((n) => n.includes('.')).length);
    for (const block of blocks) {
      const title = block.slice(0, block.indexOf('\n'));
      expect({
        title,
        marked: /\*\*\[(?:MS|RFC|vendor|field|derived)(?:\/(?:MS|RFC|vendor|field|derived))*\]\*\*/.test(block),
      }).toEqual({ title, marked: true });
      expect({ title, sourced: /(?:Source: |\*\* From \[§)\S/.test(block) }).toEqual({ title, sourced: true });
    }
  });
});

describe('section numbers cited', () => {
  const known = new Set(sections.keys());

  test.each(FILES.map((f) => [rel(f), f] as const))('in %s are headings of docs/domain.md', (_name, file) => {
    const missing = proseLines(fs.readFileSync(file, 'utf8'))
      .flatMap((line, i) => domainCitations(line).map((n) => ({ n, at: `${rel(file)}:${i + 1}` })))
      .filter(({ n }) => !known.has(n));
    expect(missing).toEqual([]);
  });

  test("in the rules' meta.sources are headings of docs/domain.md, cited by a path that exists", () => {
    const problems: string[] = [];
    const cited = new Set<string>();
    for (const meta of allRuleMeta()) {
      for (const source of meta.sources) {
        for (const n of domainCitations(source)) {
          cited.add(n);
          if (!known.has(n)) problems.push(`${meta.id}: §${n} is not in docs/domain.md ("${source}")`);
        }
        if (/§\d/.test(source) && domainCitations(source).length > 0 && !source.includes('docs/domain.md §'))
          problems.push(`${meta.id}: cite the facts as "docs/domain.md §x" ("${source}")`);
        for (const m of source.matchAll(/\b(?:docs\/)?[\w./-]+\.md\b/g)) {
          if (!fs.existsSync(path.join(ROOT, m[0]))) problems.push(`${meta.id}: ${m[0]} does not exist ("${source}")`);
        }
      }
    }
    expect(problems).toEqual([]);
    // The metas do cite the page: the check above is not vacuous.
    expect(cited.size).toBeGreaterThan(20);
  });
});

describe('relative links', () => {
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string): Set<string> => {
    let found = anchorCache.get(file);
    if (!found) anchorCache.set(file, (found = anchorsOf(fs.readFileSync(file, 'utf8'))));
    return found;
  };

  test.each(FILES.map((f) => [rel(f), f] as const))('in %s lead to files and headings that exist', (_name, file) => {
    const broken: string[] = [];
    for (const link of linksOf(file)) {
      if (isExternal(link.target)) continue;
      const at = `${rel(file)}:${link.line} [${link.text}](${link.target})`;
      const hash = link.target.indexOf('#');
      const pathPart = decodeURI(hash >= 0 ? link.target.slice(0, hash) : link.target);
      const anchor = hash >= 0 ? decodeURIComponent(link.target.slice(hash + 1)) : undefined;
      const target = pathPart === '' ? file : path.resolve(path.dirname(file), pathPart);
      if (!fs.existsSync(target)) {
        broken.push(`${at}: no such file`);
        continue;
      }
      if (anchor !== undefined && target.endsWith('.md') && !anchors(target).has(anchor))
        broken.push(`${at}: no heading #${anchor} in ${rel(target)}`);
      // A link that names a fact must lead to that fact.
      if (target === DOMAIN) {
        const named = domainCitations(link.text);
        if (named.length === 1 && anchor !== sections.get(named[0]!))
          broken.push(`${at}: §${named[0]} is #${sections.get(named[0]!)}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('rule pages link their citations to docs/domain.md', () => {
    const pages = markdownFiles(path.join(ROOT, 'docs', 'rules'));
    const linked = pages.filter((file) => linksOf(file).some((l) => l.target.startsWith('../domain.md#')));
    const citing = pages.filter(
      (file) => domainCitations(proseLines(fs.readFileSync(file, 'utf8')).join('\n')).length > 0,
    );
    expect(citing.length).toBeGreaterThan(40);
    expect(citing.filter((f) => !linked.includes(f)).map(rel)).toEqual([]);
  });
});

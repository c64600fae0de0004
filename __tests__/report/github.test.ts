import {
  escapeData,
  escapeProperty,
  formatGithub,
  selectAnnotations,
  workflowCommand,
} from '../../src/report/github.js';
import type { Finding, Severity } from '../../src/types.js';
import { parseCommands } from '../helpers/action-runner.js';
import { runCli, tempEstate } from '../helpers/cli.js';

function finding(severity: Severity, line: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'rule-x',
    severity,
    message: `message ${line}`,
    file: 'a.yaml',
    line,
    column: 2,
    endLine: line,
    endColumn: 6,
    startOffset: 0,
    endOffset: 0,
    related: [],
    ...extra,
  };
}

const input = (findings: Finding[]) => ({ findings, files: 1, documents: 1, sources: new Map(), version: '0.0.0' });

describe('workflow-command escaping (as @actions/core escapes)', () => {
  test('data escapes %, CR and LF; properties also : and ,', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('C:\\dir\\a,b.yaml\n')).toBe('C%3A\\dir\\a%2Cb.yaml%0A');
  });

  test('a command line with every property, in the documented order', () => {
    expect(
      workflowCommand(
        'error',
        { file: 'x,y:z.yaml', startLine: 3, startColumn: 5, endLine: 4, endColumn: 1, title: 'dup::name' },
        'bad %\nthing',
      ),
    ).toBe('::error file=x%2Cy%3Az.yaml,line=3,col=5,endLine=4,endColumn=1,title=dup%3A%3Aname::bad %25%0Athing');
    expect(workflowCommand('notice', {}, 'plain')).toBe('::notice::plain');
  });

  test('what the runner reads back is what was written', () => {
    const text = 'a: "100%", b\r\nc';
    const [command] = parseCommands(workflowCommand('warning', { file: text, title: text }, text));
    expect(command).toEqual({ command: 'warning', properties: { file: text, title: text }, message: text });
  });
});

describe('selectAnnotations', () => {
  test('10 per kind, errors first, findings on changed lines first, a notice place kept for the overflow notice', () => {
    const items = [
      ...Array.from({ length: 15 }, (_, i) => ({ severity: 'warning' as Severity, changed: i >= 10, id: `w${i}` })),
      ...Array.from({ length: 12 }, (_, i) => ({ severity: 'error' as Severity, changed: false, id: `e${i}` })),
      ...Array.from({ length: 12 }, (_, i) => ({ severity: 'notice' as Severity, changed: false, id: `n${i}` })),
    ];
    const { shown, omitted } = selectAnnotations(
      items,
      (i) => i.severity,
      (i) => i.changed,
    );
    expect(shown.map((i) => i.id)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `e${i}`),
      'w10',
      'w11',
      'w12',
      'w13',
      'w14',
      'w0',
      'w1',
      'w2',
      'w3',
      'w4',
      ...Array.from({ length: 9 }, (_, i) => `n${i}`),
    ]);
    expect(omitted.map((i) => i.id)).toEqual(['e10', 'e11', 'w5', 'w6', 'w7', 'w8', 'w9', 'n9', 'n10', 'n11']);
  });
});

describe('formatGithub', () => {
  test('every finding, most important first, with related locations in the message; suppressed ones left out', () => {
    const findings = [
      finding('notice', 1),
      finding('warning', 2),
      finding('error', 3, {
        related: [
          {
            file: 'b.yaml',
            line: 7,
            column: 1,
            endLine: 7,
            endColumn: 3,
            startOffset: 0,
            endOffset: 0,
            message: 'first declared here',
          },
        ],
      }),
      finding('error', 4, { suppressed: { kind: 'inline', reason: 'known' } }),
    ];
    expect(formatGithub(input(findings))).toBe(
      [
        '::error file=a.yaml,line=3,col=2,endLine=3,endColumn=6,title=rule-x::message 3%0A→ b.yaml:7:1: first declared here',
        '::warning file=a.yaml,line=2,col=2,endLine=2,endColumn=6,title=rule-x::message 2',
        '::notice file=a.yaml,line=1,col=2,endLine=1,endColumn=6,title=rule-x::message 1',
        '',
      ].join('\n'),
    );
  });

  test('more than GitHub shows: a notice first says how many and what to use instead', () => {
    const findings = Array.from({ length: 13 }, (_, i) => finding('error', i + 1));
    const commands = parseCommands(formatGithub(input(findings)));
    expect(commands[0]).toEqual({
      command: 'notice',
      properties: { title: 'hvlint' },
      message: expect.stringMatching(/^3 more findings \(3 errors\) than GitHub annotates per step: .*--format sarif/),
    });
    expect(commands.slice(1)).toHaveLength(13);
  });

  test('nothing to report prints nothing', () => {
    expect(formatGithub(input([]))).toBe('');
  });
});

test('hvlint --format github from the CLI', async () => {
  const { dir, cleanup } = tempEstate({
    'vms.yaml':
      'apiVersion: hvlint/v1\nkind: VirtualMachine\nmetadata:\n  name: VM1\nspec:\n  host: HV1\n  generation: 3\n',
  });
  try {
    const run = await runCli(['--format', 'github'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      '::error file=vms.yaml,line=7,col=15,endLine=7,endColumn=16,title=schema::spec.generation must be one of 1, 2; got 3\n',
    );
  } finally {
    cleanup();
  }
});

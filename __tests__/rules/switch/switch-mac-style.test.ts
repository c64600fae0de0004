import { ruleTester, runRule } from '../../helpers/rule-tester.js';
import { switchDoc } from '../../helpers/nlb-estate.js';
import { switchMacStyle } from '../../../src/rules/switch/switch-mac-style.js';

const TABLES = (mac: string): string =>
  `  bridgeMulticastGroups:\n    - { vlan: 20, mac: "${mac}" }\n  staticArp:\n    - { ip: 10.1.2.3, mac: "${mac}" }\n  staticMac:\n    - { mac: "${mac}", vlan: 20 }\n`;
const onModel = (model: string, mac: string, macStyle?: string): string =>
  switchDoc(TABLES(mac), `  model: ${model}\n${macStyle ? `  macStyle: ${macStyle}\n` : ''}`);

ruleTester(switchMacStyle, {
  valid: [
    { name: 'a PowerConnect with colon MACs', files: onModel('dell-powerconnect-5424', '01:00:5e:7f:03:e8') },
    { name: 'upper case is fine', files: onModel('dell-force10-s4810', '01:00:5E:7F:03:E8') },
    { name: 'an unknown model takes any notation', files: onModel('hpe-5130', '01-00-5e-7f-03-e8') },
    { name: 'macStyle overrides the model', files: onModel('dell-powerconnect-5424', '01-00-5e-7f-03-e8', 'hyphen') },
    {
      name: 'a model the option marks as dotted is not judged (manifest MACs are never dotted)',
      files: onModel('cisco-c2960', '01-00-5e-7f-03-e8'),
      options: { modelStyles: { 'cisco-*': 'dot' } },
    },
    {
      name: 'the modelStyles option can accept any notation for a model',
      files: onModel('dell-powerconnect-5424', '01-00-5e-7f-03-e8'),
      options: { modelStyles: { 'dell-powerconnect-54*': 'any' } },
    },
  ],
  invalid: [
    {
      name: 'hyphens on a PowerConnect: bridge group, static ARP and static MAC',
      files: onModel('dell-powerconnect-5424', '01-00-5e-7f-03-e8'),
      errors: [
        {
          messageId: 'wrongStyle',
          line: 12,
          column: 24,
          message:
            'switch "SW1" takes colon-separated MACs (model dell-powerconnect-5424): write "01-00-5e-7f-03-e8" as 01:00:5e:7f:03:e8',
        },
        { messageId: 'wrongStyle', line: 14, column: 28 },
        { messageId: 'wrongStyle', line: 16, column: 14 },
      ],
    },
    {
      name: 'colons on a switch that says hyphen',
      files: onModel('generic', '01:00:5E:7F:03:E8', 'hyphen'),
      errors: [
        {
          messageId: 'wrongStyle',
          line: 13,
          message:
            'switch "SW1" takes hyphen-separated MACs (macStyle: hyphen): write "01:00:5E:7F:03:E8" as 01-00-5E-7F-03-E8',
        },
        { messageId: 'wrongStyle', line: 15 },
        { messageId: 'wrongStyle', line: 17 },
      ],
    },
    {
      name: 'the modelStyles option names another model',
      files: onModel('hpe-5130', '01:00:5e:7f:03:e8'),
      options: { modelStyles: { 'hpe-*': 'hyphen' } },
      errors: [
        { messageId: 'wrongStyle', line: 12, message: /takes hyphen-separated MACs \(model hpe-5130\)/ },
        { messageId: 'wrongStyle', line: 14 },
        { messageId: 'wrongStyle', line: 16 },
      ],
    },
    {
      name: 'a malformed option entry is ignored, the built-in table still applies',
      files: onModel('dell-powerconnect-5424', '01-00-5e-7f-03-e8'),
      options: { modelStyles: { 'dell-*': 'semicolon' } },
      errors: [
        { messageId: 'wrongStyle', line: 12 },
        { messageId: 'wrongStyle', line: 14 },
        { messageId: 'wrongStyle', line: 16 },
      ],
    },
  ],
});

describe('switch-mac-style fix', () => {
  test('rewrites every MAC in the notation of the switch, and the result is clean', () => {
    const text = onModel('dell-powerconnect-5424', '01-00-5E-7F-03-E8');
    const findings = runRule(switchMacStyle, text);
    expect(findings).toHaveLength(3);
    const edits = findings.flatMap((f) => f.fix!.edits).sort((a, b) => b.startOffset - a.startOffset);
    // the values were quoted in the fixture: the fix keeps the quotes
    expect(edits.map((e) => e.text)).toEqual(['"01:00:5E:7F:03:E8"', '"01:00:5E:7F:03:E8"', '"01:00:5E:7F:03:E8"']);
    let fixed = text;
    for (const edit of edits) fixed = fixed.slice(0, edit.startOffset) + edit.text + fixed.slice(edit.endOffset);
    expect(fixed).toContain('{ vlan: 20, mac: "01:00:5E:7F:03:E8" }');
    expect(runRule(switchMacStyle, fixed)).toEqual([]);
  });
});

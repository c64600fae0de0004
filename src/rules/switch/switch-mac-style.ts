import { defineRule } from '../types.js';
import {
  formatMac,
  isUpperCaseMac,
  macStyleForSwitch,
  macStyleOf,
  type MacStyle,
  type ModelStyles,
} from '../../model/nlb.js';

const STYLE_NAMES: Record<MacStyle, string> = { colon: 'colon-separated', hyphen: 'hyphen-separated', dot: 'dotted' };
const STYLES = new Set(['colon', 'hyphen', 'dot', 'any']);

/** The `modelStyles` option, keeping only well-formed entries (options are not schema-checked before rules run). */
function modelStylesOption(options: Record<string, unknown>): ModelStyles {
  const raw = options['modelStyles'];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw).filter(([, style]) => typeof style === 'string' && STYLES.has(style)),
  ) as ModelStyles;
}

export const switchMacStyle = defineRule({
  meta: {
    id: 'switch-mac-style',
    severity: 'warning',
    area: 'switch',
    description:
      'Require MACs in bridge multicast groups, static ARP and static MAC entries to be written in the notation the switch takes.',
    fixable: true,
    messages: {
      wrongStyle: 'switch "{{switch}}" takes {{style}} MACs ({{because}}): write "{{mac}}" as {{fixed}}',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        modelStyles: {
          type: 'object',
          description:
            'Model glob → MAC notation (colon, hyphen, dot, or any), matched before the built-in table; the first match wins.',
          additionalProperties: { enum: ['colon', 'hyphen', 'dot', 'any'] },
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { modelStyles: {} },
    sources: ['docs/domain.md §2.1', 'docs/domain.md §2.3'],
  },
  check({ estate, options, report }) {
    const modelStyles = modelStylesOption(options);
    for (const sw of estate.of('Switch')) {
      const style = macStyleForSwitch(sw.spec, modelStyles);
      // Manifests hold colon or hyphen MACs only (the schema's MAC format): a dotted switch cannot be matched.
      if (style === undefined || style === 'dot') continue;
      const because = sw.spec.macStyle ? `macStyle: ${sw.spec.macStyle}` : `model ${sw.spec.model}`;
      const check = (mac: string, path: Array<string | number>): void => {
        if (macStyleOf(mac) === style) return;
        const fixed = formatMac(mac, style, { upperCase: isUpperCaseMac(mac) });
        report({
          doc: sw,
          path,
          messageId: 'wrongStyle',
          data: { switch: sw.name, style: STYLE_NAMES[style], because, mac, fixed },
          fix: { description: `write the MAC as ${fixed}`, edits: [{ doc: sw, path, text: fixed }] },
        });
      };
      (sw.spec.bridgeMulticastGroups ?? []).forEach(
        (g, i) => g.mac !== undefined && check(g.mac, ['spec', 'bridgeMulticastGroups', i, 'mac']),
      );
      (sw.spec.staticArp ?? []).forEach((e, i) => check(e.mac, ['spec', 'staticArp', i, 'mac']));
      (sw.spec.staticMac ?? []).forEach((e, i) => check(e.mac, ['spec', 'staticMac', i, 'mac']));
    }
  },
});

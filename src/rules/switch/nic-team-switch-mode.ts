import { defineRule } from '../types.js';
import { teamUplinks, type NicTeam } from '../../model/kinds.js';
import { lagOfPort } from '../../model/topology.js';
import { isAtLeast, versionName } from '../../model/versions.js';

const MODE_NAME: Record<NonNullable<NicTeam['mode']>, string> = {
  lacp: 'an LACP',
  static: 'a static',
  'switch-independent': 'a switch-independent',
  none: 'an unteamed',
};

export const nicTeamSwitchMode = defineRule({
  meta: {
    id: 'nic-team-switch-mode',
    severity: 'error',
    area: 'switch',
    description:
      "Check each host NIC team's mode against the switch side (LACP team on an LACP LAG, static team on a static LAG, switch-independent team on plain ports), and dynamic load balancing against the host's Windows version.",
    fixable: false,
    messages: {
      modeMismatch:
        'NIC team "{{team}}" of host "{{host}}" is {{mode}} team but lands on {{side}} of switch "{{switch}}": {{fix}}',
      dynamicTooOld:
        'NIC team "{{team}}" of host "{{host}}" uses dynamic load balancing, which {{os}} does not have (Windows Server 2012 R2 and later): use address-hash or hyper-v-port',
    },
    sources: [
      'docs/domain.md §2.4 (Microsoft, NIC Teaming overview: switch-independent teams need no switch configuration, static teams a static LAG, LACP teams an LACP LAG; dynamic load balancing from Windows Server 2012 R2)',
    ],
  },
  check({ estate, report }) {
    for (const host of estate.of('HyperVHost')) {
      (host.spec.nicTeams ?? []).forEach((team, t) => {
        if (team.loadBalancing === 'dynamic' && !isAtLeast(host.spec.os, 'windows-server-2012-r2')) {
          report({
            doc: host,
            path: ['spec', 'nicTeams', t, 'loadBalancing'],
            messageId: 'dynamicTooOld',
            data: { team: team.name, host: host.name, os: versionName(host.spec.os) },
            related: [
              { doc: host, path: ['spec', 'os'], message: `host "${host.name}" runs ${versionName(host.spec.os)}` },
            ],
          });
        }
        if (!team.mode) return;
        const mode = team.mode;
        // A team over two switches has an uplink per switch: each must match the mode.
        for (const { uplink } of teamUplinks(team, t)) {
          const sw = estate.get('Switch', uplink.switch);
          if (!sw) continue; // unresolved-reference
          const lagId = uplink.lag ?? (uplink.port ? lagOfPort(estate, sw, uplink.port) : undefined);
          const lags = sw.spec.lags ?? [];
          const l = lagId === undefined ? -1 : lags.findIndex((x) => x.id === lagId);
          const lag = l >= 0 ? lags[l] : undefined;
          let side: string | undefined;
          let fix = '';
          const independent = mode === 'switch-independent' || mode === 'none';
          if (lagId === undefined) {
            if (independent || !uplink.port) continue;
            side = `port ${uplink.port}, which is in no LAG`;
            fix =
              mode === 'lacp'
                ? "put the team's ports in an LACP LAG (channel-group … mode auto), or make the team switch-independent"
                : "put the team's ports in a static LAG, or make the team switch-independent";
          } else if (independent) {
            side = `LAG ${lagId}`;
            fix =
              mode === 'none'
                ? 'take its port out of the LAG'
                : 'take its ports out of the LAG, or make the team LACP (or static) to match the LAG';
          } else if (lag?.lacp === undefined) {
            continue; // the LAG's kind is not declared: nothing to compare
          } else if (mode === 'lacp' && !lag.lacp) {
            side = `static LAG ${lagId}`;
            fix = 'make the LAG an LACP LAG (lacp: true), or make the team static';
          } else if (mode === 'static' && lag.lacp) {
            side = `LACP LAG ${lagId}`;
            fix = 'make the LAG static (lacp: false), or make the team LACP';
          } else continue;
          report({
            doc: host,
            path: ['spec', 'nicTeams', t, 'mode'],
            messageId: 'modeMismatch',
            data: { team: team.name, host: host.name, mode: MODE_NAME[mode], side, switch: sw.name, fix },
            related: [
              l >= 0
                ? { doc: sw, path: ['spec', 'lags', l], message: `LAG ${lagId} of switch "${sw.name}"` }
                : { doc: sw, path: ['metadata', 'name'], message: `switch "${sw.name}"` },
            ],
          });
        }
      });
    }
  },
});

import type { Rule } from '../types.js';
import { CORE_RULES } from '../core.js';

const meta = {
  ...CORE_RULES.find((r) => r.id === 'duplicate-name')!,
  messages: { duplicate: '{{kind}} "{{name}}" is declared twice: rename one or remove the copy' },
};

export const duplicateName: Rule = {
  meta,
  check({ estate, report }) {
    const kinds = new Set(estate.documents.map((d) => d.kind));
    for (const kind of [...kinds].sort()) {
      if (!kind) continue;
      for (const docs of estate.namesOf(kind).values()) {
        if (docs.length < 2 || !docs[0]!.name) continue;
        const first = docs[0]!;
        for (const doc of docs.slice(1)) {
          report({
            doc,
            path: ['metadata', 'name'],
            messageId: 'duplicate',
            data: { kind, name: doc.name },
            related: [
              { doc: first, path: ['metadata', 'name'], message: `${kind} "${first.name}" first declared here` },
            ],
          });
        }
      }
    }
  },
};

import { defineRule } from '../types.js';

export const duplicateName = defineRule({
  meta: {
    id: 'duplicate-name',
    severity: 'error',
    area: 'core',
    description: 'Report two manifests of one kind with the same name.',
    fixable: false,
    messages: { duplicate: '{{kind}} "{{name}}" is declared twice: rename one or remove the copy' },
    sources: ['hvlint design: names identify documents across files'],
  },
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
});

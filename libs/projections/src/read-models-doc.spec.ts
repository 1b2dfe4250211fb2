import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_PROJECTIONS } from './projection.registry';
import { isInternalCollection } from './read-model-names';
import { MEMBER_STATUS, SOCIETY_STATUS } from './status/status.documents';

const doc = readFileSync(join(__dirname, '../../../docs/read-models.md'), 'utf8');

describe('docs/read-models.md', () => {
  it('documents every view the projector writes, and only those', () => {
    const views = [
      ...new Set([
        ...ENTITY_PROJECTIONS.map((projection) => projection.spec.name),
        SOCIETY_STATUS.name,
        MEMBER_STATUS.name,
      ]),
    ].filter((name) => !isInternalCollection(name));
    const documented = [...doc.matchAll(/^### (.+)$/gm)].flatMap((heading) =>
      [...heading[1]!.matchAll(/rm_(\w+)/g)].map((name) => name[1]!),
    );
    expect(documented.sort()).toEqual(views.sort());
  });

  it('documents the indexes of every view', () => {
    for (const { spec } of ENTITY_PROJECTIONS) {
      const section = doc
        .split(/^### /m)
        .find((part) => new RegExp(`\\brm_${spec.name}\\b`).test(part.split('\n')[0]!));
      for (const field of spec.indexes)
        expect(`${spec.name}: ${section}`).toContain(`\`${field}\``);
    }
  });
});

import type { InspectionBatchView, InspectionCaseView } from '@pb/projections';
import { presentBatch } from './inspection-batch.present';
import { presentCase } from './inspection-case.present';

const at = '2026-04-01T08:00:00.000Z';
const batch = {
  _id: 'b1',
  _version: 3,
  _position: { seq: 3, index: 0 },
  batchId: 'b1',
  title: '2026年第一批学会党委督导抽查',
  focus: ['学习宣传贯彻'],
  populationCriterion: '{"partyOrganisationForms":["committee"]}',
  inspectorIds: ['m1'],
  plannedSampleSize: 2,
  status: 'drawn',
  draw: {
    population: ['s1', 's2', 's3'],
    sampleSize: 2,
    seed: '9c3e5a7f1d2b4860',
    algorithm: 'splitmix64-fisher-yates-v1',
    societyIds: ['s2', 's1'],
    drawnAt: at,
  },
  added: [{ societyId: 's9', reason: '群众来信', addedAt: at }],
  closedAt: null,
  version: 3,
  createdAt: at,
  updatedAt: at,
} satisfies InspectionBatchView;

const item = (itemId: string, status: 'open' | 'accepted', dueOn: string) => ({
  itemId,
  findingId: 'f1',
  action: '整改',
  dueOn,
  status,
  reports: [],
  returns: [],
  acceptedBy: null,
  acceptedAt: null,
});
const inspection = {
  ...{ _id: 'c1', _version: 4, _position: { seq: 4, index: 0 } },
  inspectionId: 'c1',
  batchId: 'b1',
  societyId: 's1',
  status: 'open',
  visits: [{ visitedOn: '2026-04-10', inspectorIds: ['m1'], note: null }],
  findings: [{ findingId: 'f1', category: '组织建设', description: '记录不全', severity: 'major' }],
  items: [item('i1', 'open', '2026-04-30'), item('i2', 'accepted', '2026-04-30')],
  closedAt: null,
  version: 4,
  createdAt: at,
  updatedAt: at,
} satisfies InspectionCaseView;

describe('what a batch and a society’s inspection answer', () => {
  it('lists the drawn societies in the order drawn, then the added ones, with the totals of their inspections', () => {
    const answer = presentBatch(batch, [inspection], '2026-05-01');
    expect(answer.sample.map((s) => [s.societyId, s.how, s.drawOrder, s.state])).toEqual([
      ['s2', 'drawn', 1, 'not-visited'],
      ['s1', 'drawn', 2, 'open'],
      ['s9', 'added', null, 'not-visited'],
    ]);
    expect(answer.progress).toEqual({
      societies: 3,
      visited: 1,
      closed: 0,
      visits: 1,
      findings: 1,
      majorFindings: 1,
      items: 2,
      reported: 0,
      accepted: 1,
      overdue: 1,
    });
    expect(answer.population.criterion).toEqual({ partyOrganisationForms: ['committee'] });
    expect(answer.draw?.rerun.script).toBe('docs/inspection-draw.py');
  });

  it('counts an item overdue only after its due date in the federation’s today, and never once accepted', () => {
    const onTheDay = presentCase(inspection, { batchId: 'b1', societyId: 's1' }, '2026-04-30');
    expect(onTheDay.items.map((i) => i.overdue)).toEqual([false, false]);
    const after = presentCase(inspection, { batchId: 'b1', societyId: 's1' }, '2026-05-01');
    expect(after.items.map((i) => i.overdue)).toEqual([true, false]);
    expect(after.findings[0]?.items).toHaveLength(2);
    expect(presentCase(undefined, { batchId: 'b1', societyId: 's2' }, '2026-05-01')).toMatchObject({
      state: 'not-visited',
      visits: [],
      version: 0,
    });
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawSample, fold, inspectionBatchDecider, type InspectionSampleDrawn } from '@pb/domain';

const SCRIPT = join(__dirname, '../docs/inspection-draw.py');
const DOCUMENT = join(__dirname, '../docs/inspection-draw.md');
const batchId = '0d6f3a52-7c1e-4b8a-9f20-5e3d1c7b9a41';

/** 120 society ids in the stated order a handler would use: ascending. */
const population = Array.from(
  { length: 120 },
  (_, i) => `6f1c2a9e-3b7d-4c1e-9a55-${String(i + 1).padStart(12, '0')}`,
);

/** The event a batch records when its sample is drawn, made by the decider itself. */
function drawnEvent(seed: string): InspectionSampleDrawn {
  const planned = inspectionBatchDecider.decide(
    {
      type: 'PlanInspectionBatch',
      batchId,
      title: '2026年第一批学会党委督导',
      focus: ['前置审议“三重一大”事项'],
      populationCriterion: '已登记且设立党委的学会',
      inspectorIds: ['member-a'],
      sampleSize: 20,
    },
    inspectionBatchDecider.initialState(),
    { now: '2026-03-01T08:00:00.000Z' },
  );
  const [drawn] = inspectionBatchDecider.decide(
    { type: 'DrawInspectionSample', batchId, population, seed },
    fold(inspectionBatchDecider, planned),
    { now: '2026-03-01T08:00:00.000Z' },
  );
  if (drawn?.type !== 'InspectionSampleDrawn') throw new Error('the draw recorded no sample');
  return drawn;
}

/** What an auditor gets by feeding the event's data to the published script. */
function rerun(data: unknown) {
  return spawnSync('python3', [SCRIPT], { input: JSON.stringify(data), encoding: 'utf8' });
}

describe('the published draw script (docs/inspection-draw.py)', () => {
  it('reruns a batch’s draw from its event alone and selects what the system selected', () => {
    const { data } = drawnEvent('5be0d93a47c1e826');
    const { status, stdout, stderr } = rerun({ ...data, societyIds: undefined });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toEqual(data.societyIds);
    expect(data.societyIds).toHaveLength(20);
  });

  it('accepts the whole event, checks the recorded selection and says it matches', () => {
    const event = drawnEvent('5be0d93a47c1e826');
    const { status, stdout, stderr } = rerun(event);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toEqual(event.data.societyIds);
    expect(stderr).toContain('matches');
  });

  it('selects differently when the seed changes, and flags a selection that was not drawn', () => {
    const first = drawnEvent('5be0d93a47c1e826').data;
    const second = drawnEvent('5be0d93a47c1e827').data;
    const stdout = execFileSync('python3', [SCRIPT], { input: JSON.stringify(second) }).toString();
    expect(stdout.trim().split('\n')).toEqual(second.societyIds);
    expect(second.societyIds).not.toEqual(first.societyIds);
    const picked = { ...first, societyIds: [...first.societyIds.slice(1), population[119]] };
    const tampered = rerun(picked);
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toContain('DIFFERS');
  });

  it('gives the selection the worked example of docs/inspection-draw.md states, as the system does', () => {
    const example = /```json\n([\s\S]*?)```/.exec(readFileSync(DOCUMENT, 'utf8'))?.[1] ?? '{}';
    const data = JSON.parse(example) as InspectionSampleDrawn['data'];
    const { status, stdout } = rerun(data);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toEqual(data.societyIds);
    expect(drawSample(data.population, data.sampleSize, data.seed)).toEqual(data.societyIds);
  });
});

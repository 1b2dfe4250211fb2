import { evidenceFile } from '../../../../libs/domain/src/shared/evidence.testing';
import type { FindingSeverity, InspectionBatchEvent, SocietyInspectionEvent } from '@pb/domain';
import {
  inspectionBatchProjection,
  inspectionCaseProjection,
  type InspectionBatchView,
  type InspectionCaseView,
} from '@pb/projections';
import { replay, society } from '../reports/report-views.testing';
import type { BatchReportInput } from './batch-report';

export const BATCH = 'batch-1';

type Ids = { inspectionId: string; batchId: string; societyId: string };
type Step = (ids: Ids) => SocietyInspectionEvent;

export const visit =
  (visitedOn: string): Step =>
  (ids) => ({
    type: 'InspectionVisitRecorded',
    data: { ...ids, visitedOn, inspectorIds: ['m1'], note: null },
  });
export const finding =
  (findingId: string, category: string, severity: FindingSeverity, description: string): Step =>
  (ids) => ({
    type: 'InspectionFindingRecorded',
    data: { ...ids, findingId, category, description, severity },
  });
export const item =
  (itemId: string, findingId: string, action: string, dueOn: string): Step =>
  (ids) => ({ type: 'RectificationItemAdded', data: { ...ids, itemId, findingId, action, dueOn } });
export const reported =
  (itemId: string): Step =>
  (ids) => ({
    type: 'RectificationReported',
    data: { ...ids, itemId, note: '已整改', evidence: [evidenceFile('整改报告.pdf')] },
  });
export const accepted =
  (itemId: string): Step =>
  (ids) => ({ type: 'RectificationAccepted', data: { ...ids, itemId, inspectorId: 'm1' } });
export const returned =
  (itemId: string): Step =>
  (ids) => ({
    type: 'RectificationReturned',
    data: { ...ids, itemId, inspectorId: 'm1', reason: '请补充会议记录' },
  });
export const closed: Step = (ids) => ({ type: 'SocietyInspectionClosed', data: ids });

export function inspection(
  batchId: string,
  societyId: string,
  ...steps: Step[]
): InspectionCaseView[] {
  const ids = { inspectionId: `${batchId}.${societyId}`, batchId, societyId };
  return replay(
    inspectionCaseProjection,
    `inspection-case-${ids.inspectionId}`,
    steps.map((step) => step(ids)),
  );
}

export function batchView(drawn: string[], added: { societyId: string; reason: string }[]) {
  const batchId = BATCH;
  const events: InspectionBatchEvent[] = [
    {
      type: 'InspectionBatchPlanned',
      data: {
        batchId,
        title: '2026年第一批学会党委督导抽查',
        focus: ['学习宣传贯彻', '党委工作和议事制度'],
        populationCriterion: '{"partyOrganisationForms":["committee"]}',
        inspectorIds: ['m1', 'm2'],
        sampleSize: drawn.length,
      },
    },
    {
      type: 'InspectionSampleDrawn',
      data: {
        batchId,
        population: ['p1', 'p2', 'p3', 'p4', 'p5', 'q1', 'q2', 'q3', 'q4'],
        sampleSize: drawn.length,
        seed: 'a1b2c3d4e5f60718',
        algorithm: 'splitmix64-fisher-yates-v1',
        societyIds: drawn,
      },
    },
    ...added.map(({ societyId, reason }): InspectionBatchEvent => ({
      type: 'SocietyAddedToInspection',
      data: { batchId, societyId, reason },
    })),
  ];
  const [view] = replay(inspectionBatchProjection, `inspection-batch-${batchId}`, events);
  return view as InspectionBatchView;
}

/**
 * A batch that drew 4 of a population of 9 (q3, q1, q4, q2, in that order) and added q5
 * by name; the figures are worked out in compute-batch-report.spec.ts.
 *
 *   q3 新能源汽车产业协会  F1 学习宣传贯彻 minor: I1 due 06-30 accepted
 *                          F2 党委工作和议事制度 major: I2 due 06-30 reported, I3 due 07-20 open
 *   q1 天津市化学会        F3 学习宣传贯彻 minor: I4 due 05-31 reported, then returned
 *   q4 阿尔茨海默病防治协会 F4 前置审议“三重一大” major: I5 due 06-15 accepted; closed
 *   q2 北京市物理学会      not visited
 *   q5 湖南省数学会        added; F5 党委工作和议事制度 minor: I6 due 07-14 open, I7 due 07-15 open
 * An inspection of q1 in another batch leaks in on purpose and must be ignored.
 */
export function batchFixture(): BatchReportInput {
  return {
    batch: batchView(['q3', 'q1', 'q4', 'q2'], [{ societyId: 'q5', reason: '群众来信反映问题' }]),
    cases: [
      ...inspection(
        BATCH,
        'q3',
        visit('2026-04-10'),
        finding('F1', '学习宣传贯彻', 'minor', '未开展专题学习'),
        finding('F2', '党委工作和议事制度', 'major', '党委会议记录缺少议题和表决情况'),
        item('I1', 'F1', '开展专题学习', '2026-06-30'),
        item('I2', 'F2', '完善党委会议记录', '2026-06-30'),
        item('I3', 'F2', '建立议事规则', '2026-07-20'),
        reported('I1'),
        accepted('I1'),
        reported('I2'),
      ),
      ...inspection(
        BATCH,
        'q1',
        visit('2026-04-12'),
        finding('F3', '学习宣传贯彻', 'minor', '学习记录不全'),
        item('I4', 'F3', '补齐学习记录', '2026-05-31'),
        reported('I4'),
        returned('I4'),
      ),
      ...inspection(
        BATCH,
        'q4',
        visit('2026-04-15'),
        finding('F4', '前置审议“三重一大”', 'major', '重大事项未经党委前置研究'),
        item('I5', 'F4', '修订议事规则', '2026-06-15'),
        reported('I5'),
        accepted('I5'),
        closed,
      ),
      ...inspection(
        BATCH,
        'q5',
        visit('2026-05-08'),
        finding('F5', '党委工作和议事制度', 'minor', '未建立议事制度'),
        item('I6', 'F5', '制定党委议事规则', '2026-07-14'),
        item('I7', 'F5', '报送议事规则', '2026-07-15'),
      ),
      ...inspection(
        'batch-0',
        'q1',
        visit('2025-04-12'),
        finding('F9', '组织建设', 'major', '另一批次的问题'),
        item('I9', 'F9', '另一批次的整改', '2025-05-31'),
      ),
    ],
    societies: [
      ...society('q1', '天津市化学会', 'society', 'committee'),
      ...society('q2', '北京市物理学会', 'society', 'committee'),
      ...society('q3', '新能源汽车产业协会', 'association', 'committee'),
      ...society('q4', '阿尔茨海默病防治协会', 'association', 'committee'),
      ...society('q5', '湖南省数学会', 'society', 'branch'),
    ],
  };
}

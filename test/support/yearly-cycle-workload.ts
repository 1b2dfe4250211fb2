import { evidenceFile } from '../../libs/domain/src/shared/evidence.testing';
import { randomUUID } from 'node:crypto';
import {
  drawSample,
  inspectionBatchDecider,
  societyInspectionDecider,
  starRatingDecider,
  starRatingRoundDecider,
  type StarRatingRoundFacts,
} from '@pb/domain';
import type { Api } from '../../apps/api/src/bootstrap';
import {
  CRITERIA,
  THRESHOLDS,
} from '../../libs/domain/src/star-rating-round/star-rating-round.testing';
import { directCommands } from './direct-commands';

const PUBLISHED_ON = '2026-03-20';
const scores = (points: readonly number[]) =>
  CRITERIA.map(({ code }, i) => ({ code, points: points[i] ?? 0 }));

/**
 * A star rating round for one society and an inspection batch with one inspection, through
 * the api's own command runner and the deciders, straight to the store: every event type
 * of the yearly cycle, enveloped as the api envelopes every event.
 */
export async function runYearlyCycleWorkload(
  api: Api,
  societies: readonly string[],
  members: readonly string[],
): Promise<{ roundId: string; batchId: string; inspectedSocietyId: string }> {
  const run = directCommands(api);
  const [society, ...others] = societies;
  const [inspector, reviewer] = members;
  if (!society || !inspector || !reviewer || others.length < 6)
    throw new Error('the workload needs 7 societies and 2 members');

  const roundId = randomUUID();
  const round = (command: Parameters<typeof starRatingRoundDecider.decide>[0]) =>
    run('rating-round', roundId, starRatingRoundDecider, command);
  await round({
    type: 'DraftStarRatingRound',
    roundId,
    year: 2025,
    title: '2025年度星级学会党组织评定',
    criteria: CRITERIA,
    thresholds: THRESHOLDS,
  });
  await round({ type: 'AmendStarRatingRound', roundId, title: '2025年度星级评定' });
  await round({ type: 'OpenStarRatingRound', roundId });

  const ratingId = randomUUID();
  const facts = (status: StarRatingRoundFacts['status']): StarRatingRoundFacts => ({
    status,
    criteria: CRITERIA,
    thresholds: THRESHOLDS,
    publishedOn: status === 'published' ? PUBLISHED_ON : null,
  });
  const subject = { ratingId, roundId, societyId: society };
  const rating = (command: Parameters<typeof starRatingDecider.decide>[0]) =>
    run('star-rating', ratingId, starRatingDecider, command);
  await rating({
    type: 'SubmitSelfAssessment',
    ...subject,
    round: facts('open'),
    authorId: '学会党委办公室',
    items: scores([18, 25, 26, 17]).map((item) => ({
      ...item,
      note: '按期换届',
      evidence: [evidenceFile('换届批复.pdf')],
    })),
  });
  await round({ type: 'StartStarRatingReview', roundId });
  await rating({
    type: 'SubmitStarRatingReview',
    ...subject,
    round: facts('review'),
    reviewerId: reviewer,
    items: scores([16, 24, 25, 15]),
    comment: '材料齐全',
    reviewerIsLiaison: false,
  });
  await rating({
    type: 'DecideStars',
    ...subject,
    round: facts('review'),
    // The reviewed total (80) earns 6 stars; the committee decided otherwise, with a reason.
    stars: 7,
    reason: '党建工作成效突出',
  });
  await round({
    type: 'PublishStarRatingRound',
    roundId,
    publishedOn: PUBLISHED_ON,
    societyIds: [society],
  });
  const change = { ...subject, round: facts('published') };
  await rating({
    type: 'AdjustStars',
    ...change,
    stars: 5,
    reason: '年中复核',
    effectiveOn: '2026-06-01',
  });
  await rating({
    type: 'WithdrawStars',
    ...change,
    reason: '整改不到位',
    effectiveOn: '2026-09-01',
  });
  await round({ type: 'CloseStarRatingRound', roundId });

  const batchId = randomUUID();
  const batch = (command: Parameters<typeof inspectionBatchDecider.decide>[0]) =>
    run('inspection-batch', batchId, inspectionBatchDecider, command);
  const population = others.slice(0, 6);
  const seed = '1f2e3d4c5b6a7988';
  await batch({
    type: 'PlanInspectionBatch',
    batchId,
    title: '2026年度督导抽查',
    focus: ['学习宣传贯彻', '党委工作和议事制度'],
    populationCriterion: '已登记且设立党委的学会',
    inspectorIds: [inspector, reviewer],
    sampleSize: 2,
  });
  await batch({ type: 'DrawInspectionSample', batchId, population, seed });
  const sample = drawSample(population, 2, seed);
  const sampled = sample[0]!;
  const added = population.find((id) => !sample.includes(id))!;
  await batch({
    type: 'AddSocietyToInspection',
    batchId,
    societyId: added,
    reason: '群众反映',
    societyStatus: 'registered',
  });

  const inspectionId = randomUUID();
  const [findingId, itemId] = [randomUUID(), randomUUID()];
  const inspection = (command: Parameters<typeof societyInspectionDecider.decide>[0]) =>
    run('inspection-case', inspectionId, societyInspectionDecider, command);
  await inspection({
    type: 'RecordInspectionVisit',
    inspectionId,
    batchId,
    societyId: sampled,
    visitedOn: '2026-04-10',
    inspectorIds: [inspector],
    note: '查阅会议记录',
    societyInSample: true,
  });
  await inspection({
    type: 'RecordFinding',
    inspectionId,
    findingId,
    category: '制度建设',
    description: '党委会议记录不全',
    severity: 'major',
  });
  await inspection({
    type: 'AddRectificationItem',
    inspectionId,
    itemId,
    findingId,
    action: '补齐会议记录并建立归档制度',
    dueOn: '2026-06-30',
  });
  const report = { type: 'ReportRectificationDone', inspectionId, itemId } as const;
  await inspection({ ...report, note: '已补齐', evidence: [evidenceFile('会议记录.pdf')] });
  await inspection({
    type: 'ReturnRectification',
    inspectionId,
    itemId,
    inspectorId: inspector,
    reason: '缺少归档制度',
  });
  await inspection({ ...report, note: '已建立归档制度', evidence: [evidenceFile('归档制度.pdf')] });
  await inspection({ type: 'AcceptRectification', inspectionId, itemId, inspectorId: inspector });
  await batch({ type: 'CloseInspectionBatch', batchId, everyInspectionClosed: true });
  return { roundId, batchId, inspectedSocietyId: sampled };
}

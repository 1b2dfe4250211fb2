import type { CriterionItem } from './star-rating-round.state';

/** A round's criteria as a federation would draft them: four categories, 100 points in all. */
export const CRITERIA: CriterionItem[] = [
  { code: 'A1', category: '组织建设', description: '党组织按期换届，委员构成合理', maxPoints: 20 },
  {
    code: 'B1',
    category: '思想政治引领',
    description: '学习宣传贯彻党的十九大精神',
    maxPoints: 30,
  },
  { code: 'C1', category: '作用发挥', description: '前置审议“三重一大”事项', maxPoints: 30 },
  { code: 'D1', category: '制度建设', description: '建立党委工作和议事制度', maxPoints: 20 },
];

/** The least total for 1 to 8 stars. */
export const THRESHOLDS = [30, 40, 50, 60, 70, 80, 90, 95];

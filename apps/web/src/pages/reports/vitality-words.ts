/** The vitality ranking's components and their inputs in words, so a society sees why it scored what it did. */
import { count, points } from './report-words';

export const COMPONENTS: Record<string, string> = {
  lifeCompleteness: '组织生活完成率',
  attendance: '出勤率',
  lectures: '宣讲',
  serviceTasks: '办实事',
  rectifications: '整改销号',
  stars: '星级',
};

type Inputs = Readonly<Record<string, number | null>>;
const n = (inputs: Inputs, key: string) => count(inputs[key] ?? 0);

export function inputsInWords(component: string, inputs: Inputs): string {
  switch (component) {
    case 'lifeCompleteness':
      return `应开展 ${n(inputs, 'slots')} 次，已开展 ${n(inputs, 'met')} 次`;
    case 'attendance':
      return `应到 ${n(inputs, 'expected')} 人次，实到 ${n(inputs, 'present')} 人次`;
    case 'lectures':
      return `目标 ${n(inputs, 'target')} 场，已宣讲 ${n(inputs, 'delivered')} 场`;
    case 'serviceTasks':
      return (
        `目标 ${n(inputs, 'target')} 件，已办结 ${n(inputs, 'completed')} 件；` +
        (inputs.evaluated === 0
          ? '尚无评价'
          : `已评价 ${n(inputs, 'evaluated')} 件，平均 ${points(inputs.meanRating)} 分`)
      );
    case 'rectifications':
      return inputs.due === 0
        ? '本期无到期整改事项，计满分'
        : `到期整改事项 ${n(inputs, 'due')} 项，按期销号 ${n(inputs, 'acceptedOnTime')} 项`;
    case 'stars':
      return inputs.stars === null || inputs.stars === undefined
        ? `暂无星级（满 ${inputs.outOf} 星）`
        : `${inputs.stars}星（满 ${inputs.outOf} 星）`;
    default:
      return Object.values(inputs).map(points).join(' / ');
  }
}

/** The weights in words: 组织生活完成率 30、出勤率 10、… */
export const weightsInWords = (weights: Readonly<Record<string, number>>): string =>
  Object.entries(weights)
    .map(([name, weight]) => `${COMPONENTS[name] ?? name} ${points(weight)}`)
    .join('、');

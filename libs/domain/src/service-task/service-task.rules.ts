import { RuleBroken } from '../shared/errors';
import { ServiceTaskNotFound } from './service-task.errors';
import type { EvaluationMethod, ServiceTaskEvent } from './service-task.events';
import type { ServiceTaskIds, ServiceTaskState, ServiceTaskStatus } from './service-task.state';

/** A rating below this is unsatisfied and reopens the task (退回重办). */
export const SATISFIED_FROM = 3;

export function inStatus(
  state: ServiceTaskState,
  taskId: string,
  allowed: readonly ServiceTaskStatus[],
  code: string,
) {
  if (state.status === 'none') throw new ServiceTaskNotFound(taskId);
  if (!allowed.includes(state.status))
    throw new RuleBroken(
      code,
      `service task ${taskId} is ${state.status}, not ${allowed.join(' or ')}`,
    );
  return state;
}

export function ids(task: ServiceTaskIds): ServiceTaskIds {
  return { taskId: task.taskId, societyId: task.societyId, campaignId: task.campaignId };
}

/** The evaluation, and in the same commit the reopening when it is unsatisfied. */
export function evaluation(
  task: ServiceTaskIds,
  rating: number,
  raters: number,
  comment: string | null,
  method: EvaluationMethod,
): ServiceTaskEvent[] {
  const satisfied = rating >= SATISFIED_FROM;
  const evaluated: ServiceTaskEvent = {
    type: 'ServiceTaskEvaluated',
    data: { ...ids(task), rating, raters, comment, satisfied, method },
  };
  if (satisfied) return [evaluated];
  return [
    evaluated,
    { type: 'ServiceTaskReopened', data: { ...ids(task), reason: '群众评价不满意，退回重办' } },
  ];
}

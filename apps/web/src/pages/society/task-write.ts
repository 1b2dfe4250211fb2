/** A change of a service task from its page: the version it read, a key per action, and a stale record said plainly. */
import { ApiError, actionKey, post } from '../../api';
import type { useForm } from '../../form';
import type { Outcome, ServiceTask } from './labels';

export interface TaskEvents {
  /** The task changed: the page reads it again at this version. */
  changed: (version: number) => void;
  /** Someone else changed the task since the page read it. */
  stale: () => void;
}

export function isStale(error: unknown): boolean {
  return (
    error instanceof ApiError && (error.status === 412 || error.code === 'STREAM.CONCURRENT_WRITE')
  );
}

/** Posts to one of the task's routes with the version the page read; true when it went through. */
export async function writeTask(
  form: ReturnType<typeof useForm>,
  task: ServiceTask,
  path: string,
  body: unknown,
  emit: { (event: 'changed', version: number): void; (event: 'stale'): void },
  done = '已保存。',
): Promise<boolean> {
  const key = actionKey();
  const outcome = await form.submit(async () => {
    try {
      return await post<Outcome>(`/service-tasks/${task.id}/${path}`, body, {
        version: task.version,
        idempotencyKey: key,
      });
    } catch (error) {
      if (isStale(error)) emit('stale');
      throw error;
    }
  }, done);
  if (outcome) emit('changed', outcome.version);
  return outcome !== undefined;
}

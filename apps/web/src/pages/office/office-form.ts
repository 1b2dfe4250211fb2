/**
 * A form of the office's pages: the shared form state, plus one Idempotency-Key per user
 * action (kept across a failed try, so a retry after a lost answer is answered once) and
 * whether the API said someone else changed the record, so the page can offer a reload.
 */
import { ref } from 'vue';
import { actionKey, ApiError } from '../../api';
import { useForm } from '../../form';

function changedElsewhere(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.status === 412 ||
      error.code.startsWith('STREAM.') ||
      error.code === 'IDEMPOTENCY.KEY_REUSED')
  );
}

export function useOfficeForm(fields: readonly string[]) {
  const { state, submit } = useForm(fields);
  const stale = ref(false);
  let key = actionKey();

  async function send<T>(action: (key: string) => Promise<T>, done = ''): Promise<T | undefined> {
    stale.value = false;
    const result = await submit(async () => {
      try {
        return await action(key);
      } catch (error) {
        stale.value = changedElsewhere(error);
        throw error;
      }
    }, done);
    // An error said at its field need not be said again above the button.
    if (state.message && Object.values(state.errors).includes(state.message))
      state.message = '填写的内容有误，请按提示修改。';
    if (result !== undefined) key = actionKey();
    return result;
  }

  return { state, send, stale };
}

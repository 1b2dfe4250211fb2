/**
 * One form's state: busy while sending, the message of the whole form, and each
 * field's error beside that field. A field the API names that the form does not show
 * is said in the form's message, so no error is ever lost.
 */
import { reactive } from 'vue';
import { fieldErrorsOf, messageOf } from './errors';

export interface FormState {
  busy: boolean;
  message: string;
  done: string;
  errors: Record<string, string>;
}

export function useForm(fields: readonly string[]) {
  const state = reactive<FormState>({ busy: false, message: '', done: '', errors: {} });

  async function submit<T>(action: () => Promise<T>, done = ''): Promise<T | undefined> {
    state.busy = true;
    state.message = '';
    state.done = '';
    state.errors = {};
    try {
      const result = await action();
      state.done = done;
      return result;
    } catch (error) {
      const errors = fieldErrorsOf(error);
      const shown = Object.fromEntries(Object.entries(errors).filter(([f]) => fields.includes(f)));
      const elsewhere = Object.entries(errors).filter(([f]) => !fields.includes(f));
      state.errors = shown;
      state.message = [messageOf(error), ...elsewhere.map(([f, m]) => `${f}：${m}`)].join(' ');
      return undefined;
    } finally {
      state.busy = false;
    }
  }

  return { state, submit };
}

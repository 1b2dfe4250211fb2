/**
 * What the society and member registers share: the list (read until it shows a write),
 * registering, and changing one record with the version read when it was opened.
 */
import { ref, type Ref } from 'vue';
import { get, getAll, post } from '../../api';
import { messageOf } from '../../errors';
import type { CommandAnswer } from './campaign-types';
import { useOfficeForm } from './office-form';
import { readUntil } from './read-until';

interface Record {
  id: string;
  name: string;
  version: number;
}

export function useRegister<Row extends { id: string }, Detail extends Record>(
  collection: string,
  fields: { add: readonly string[]; change: readonly string[] },
) {
  const rows = ref([]) as Ref<Row[]>;
  const chosen = ref(null) as Ref<Detail | null>;
  const problem = ref('');
  const addForm = useOfficeForm(fields.add);
  const changeForm = useOfficeForm(fields.change);

  /** Reads the register, until it `shows` what was just written. */
  async function load(shows: (rows: Row[]) => boolean = () => true) {
    try {
      rows.value = await readUntil(() => getAll<Row>(`${collection}?limit=200`), shows);
      problem.value = '';
    } catch (error) {
      problem.value = messageOf(error);
    }
  }

  /** Registers a record from the fields the office filled in. */
  async function register(fields: { [field: string]: string }, done: string): Promise<boolean> {
    const body = Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== ''));
    const answer = await addForm.send(
      (key) => post<CommandAnswer>(collection, body, { idempotencyKey: key }),
      done,
    );
    if (answer) await load((listed) => listed.some((row) => row.id === answer.id));
    return !!answer;
  }

  /** Reads one record for a change: its version goes with the change. */
  async function open(id: string): Promise<Detail | null> {
    try {
      chosen.value = await get<Detail>(`${collection}/${id}`);
    } catch (error) {
      problem.value = messageOf(error);
    }
    return chosen.value;
  }

  /** Sends a change of the chosen record, then reads until the list shows it `changed`. */
  async function change(verb: string, body: object, done: string, changed: (row: Row) => boolean) {
    const record = chosen.value;
    if (!record) return;
    const answer = await changeForm.send(
      (key) =>
        post<CommandAnswer>(`${collection}/${record.id}/${verb}`, body, {
          version: record.version,
          idempotencyKey: key,
        }),
      done,
    );
    if (!answer) return;
    chosen.value = null;
    await load((listed) => listed.some((row) => row.id === record.id && changed(row)));
  }

  return { rows, chosen, problem, addForm, changeForm, load, register, open, change };
}

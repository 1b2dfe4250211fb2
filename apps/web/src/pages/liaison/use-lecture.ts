/**
 * One lecture on a page: read it with its society's name, read it again after a write
 * (at least as fresh as the version the write answered), and remember that a write was
 * refused because someone else changed the record, until the person reloads.
 */
import { ref } from 'vue';
import { get } from '../../api';
import { messageOf } from '../../errors';
import { readLecture, type Lecture, type Outcome } from '../../lectures';

export function useLecture(id: string) {
  const lecture = ref<Lecture | null>(null);
  const societyName = ref('');
  const problem = ref('');
  const stale = ref(false);
  const done = ref('');

  async function load(version?: number) {
    problem.value = '';
    try {
      lecture.value = await readLecture(id, version);
      if (!societyName.value)
        societyName.value = (
          await get<{ name: string }>(`/societies/${lecture.value.societyId}`)
        ).name;
      stale.value = false;
    } catch (error) {
      problem.value = messageOf(error);
    }
  }

  /** After a write of this page: say it went well and show the record as it now stands. */
  async function written(outcome: Outcome, message: string) {
    await load(outcome.version);
    done.value = message;
  }

  async function reload() {
    done.value = '';
    await load();
  }

  return { lecture, societyName, problem, stale, done, load, written, reload };
}

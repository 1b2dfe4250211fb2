/**
 * The subject a report page shows (a campaign, a round, a batch), kept in the address so
 * that a reload or a bookmark shows it again; each choice is a ticket, so that the answer
 * to an earlier choice arriving late is dropped.
 */
import { ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

export interface Ticket {
  /** Whether a later choice was made since. */
  readonly stale: () => boolean;
}

export function useChosen(key: string) {
  const route = useRoute();
  const router = useRouter();
  const chosen = ref('');
  let shown = 0;

  /** The subject the address asks for, if any. */
  const wanted = (): string | null => {
    const value = route.query[key];
    return typeof value === 'string' && value ? value : null;
  };

  async function choose(id: string): Promise<Ticket> {
    const ticket = ++shown;
    chosen.value = id;
    await router.replace({ query: id ? { [key]: id } : {} });
    return { stale: () => ticket !== shown };
  }

  return { chosen, choose, wanted };
}

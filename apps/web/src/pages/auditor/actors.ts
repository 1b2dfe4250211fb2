/**
 * Who did it, by name: an actor `account:<id>` is a person, whose display name the
 * office's account register holds. An auditor may not read that register (403): then,
 * and for systems (a token's subject), the actor is shown as recorded.
 */
import { reactive } from 'vue';
import { ApiError, get } from '../../api';

const names = reactive(new Map<string, string>());
let refused = false;
const asked = new Set<string>();

const ACCOUNT = /^account:([0-9a-f-]{36})$/;

/** Looks up the names of the accounts among `actors` not looked up before. */
export async function learnNames(actors: readonly string[]): Promise<void> {
  for (const actor of new Set(actors)) {
    const id = ACCOUNT.exec(actor)?.[1];
    if (!id || refused || asked.has(id)) continue;
    asked.add(id);
    try {
      names.set(actor, (await get<{ displayName: string }>(`/accounts/${id}`)).displayName);
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) refused = true;
    }
  }
}

/** The actor's name when known, else the actor as recorded. */
export const actorName = (actor: string): string => names.get(actor) ?? actor;

import { Inject, Injectable } from '@nestjs/common';
import {
  SocietyCreditCodeTaken,
  SocietyNameTaken,
  type SocietyEvent,
  type SocietyState,
} from '@pb/domain';
import { EventStore, UniqueClaims } from '@pb/event-store';
import { takeClaim } from '../application/unique-claim';

/**
 * Keeps a society's name and credit code unique across streams: each is claimed
 * before the event that sets it is appended, and released when it is given up.
 */
@Injectable()
export class SocietyClaims {
  constructor(
    @Inject(UniqueClaims) private readonly claims: UniqueClaims,
    @Inject(EventStore) private readonly store: EventStore,
  ) {}

  /** Claims the name and credit code the events set; returns how to release them. */
  async reserve(events: readonly SocietyEvent[], streamId: string): Promise<() => Promise<void>> {
    const wanted: { key: string; taken: () => Error }[] = [];
    for (const event of events) {
      if (event.type === 'SocietyRegistered' || event.type === 'SocietyRenamed')
        wanted.push({ key: societyNameKey(event.data.name), taken: () => new SocietyNameTaken() });
      if (event.type === 'SocietyRegistered' && event.data.creditCode)
        wanted.push({
          key: creditCodeKey(event.data.creditCode),
          taken: () => new SocietyCreditCodeTaken(),
        });
    }
    const held: string[] = [];
    const release = async () => {
      for (const key of held) await this.claims.release(key, streamId);
    };
    try {
      for (const { key, taken } of wanted) {
        if (!(await this.take(key, streamId))) throw taken();
        held.push(key);
      }
    } catch (error) {
      await release();
      throw error;
    }
    return release;
  }

  /** Releases what committed events gave up: an old name, or everything on deregistration. */
  async afterCommit(
    events: readonly SocietyEvent[],
    streamId: string,
    before: SocietyState,
  ): Promise<void> {
    if (before.status === 'unregistered') return;
    for (const event of events) {
      if (event.type === 'SocietyRenamed')
        await this.claims.release(societyNameKey(event.data.previousName), streamId);
      if (event.type === 'SocietyDeregistered') {
        await this.claims.release(societyNameKey(before.name), streamId);
        if (before.creditCode)
          await this.claims.release(creditCodeKey(before.creditCode), streamId);
      }
    }
  }

  /** The stream of the society that holds a credit code (as the domain stores it), or null. */
  creditCodeHolder(creditCode: string): Promise<string | null> {
    return this.claims.ownerOf(creditCodeKey(creditCode));
  }

  private take(key: string, streamId: string): Promise<boolean> {
    return takeClaim(this.claims, this.store, key, streamId);
  }
}

/** The claim on a society name (as the domain stores it, normalised): held by the society's stream. */
export const societyNameKey = (name: string) => `society.name:${name}`;

/** The claim on a credit code (as the domain stores it): held by the society's stream. */
export const creditCodeKey = (code: string) => `society.creditCode:${code}`;

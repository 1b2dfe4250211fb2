import { Inject, Injectable } from '@nestjs/common';
import { streamIdOf } from '@pb/contracts';
import { RuleBroken, ServiceTaskNotFound, type ServiceTaskEvent } from '@pb/domain';
import { EventStore } from '@pb/event-store';
import { eventsOf } from '../../application/stream-states';
import { codeHash, RatingCodes } from './rating-codes';

/** A rating's codes as the society prints them, each with whether it was used. */
export interface RatingCodeSheet {
  readonly taskId: string;
  readonly open: boolean;
  readonly closesAt: string;
  readonly codes: readonly { code: string; url: string; used: boolean }[];
}

/** Where a code's phone page is, under the workbench pages. */
export function ratingUrl(taskId: string, code: string): string {
  return `/app/#/rate/${taskId}/${code}`;
}

/**
 * Reads the latest rating of a task from its stream: the commit that opened it (whose
 * version the codes derive from) and the ballots since.
 */
@Injectable()
export class RatingLedger {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    private readonly ratingCodes: RatingCodes,
  ) {}

  async codeSheet(taskId: string): Promise<RatingCodeSheet> {
    const commits = await this.store.readStream(streamIdOf('service-task', taskId));
    if (commits.length === 0) throw new ServiceTaskNotFound(taskId);
    let sheet: { version: number; hashes: readonly string[]; closesAt: string } | null = null;
    let open = false;
    const used = new Set<string>();
    for (const commit of commits)
      for (const event of eventsOf<ServiceTaskEvent>(commit)) {
        if (event.type === 'ServiceTaskRatingOpened') {
          sheet = {
            version: commit.seq,
            hashes: event.data.codeHashes,
            closesAt: event.data.closesAt,
          };
          open = true;
          used.clear();
        } else if (event.type === 'ServiceTaskBallotCast') used.add(event.data.codeHash);
        else if (event.type === 'ServiceTaskRatingClosed') open = false;
      }
    if (!sheet) throw new RuleBroken('RATING.NOT_OPEN', `service task ${taskId} has no rating`);
    const codes = this.ratingCodes.codes(taskId, sheet.version, sheet.hashes.length);
    if (codes.some((code, n) => codeHash(code) !== sheet.hashes[n]))
      throw new RuleBroken(
        'RATING.CODES_UNAVAILABLE',
        'the codes cannot be derived again: the rating code secret changed since the rating opened',
      );
    return {
      taskId,
      open,
      closesAt: sheet.closesAt,
      codes: codes.map((code, n) => ({
        code,
        url: ratingUrl(taskId, code),
        used: used.has(sheet.hashes[n]),
      })),
    };
  }
}

import { Query } from '@nestjs/cqrs';
import type { SocietyView } from '@pb/projections';

export class GetSocietyQuery extends Query<SocietyView> {
  constructor(
    readonly societyId: string,
    /** When set, wait (bounded) until the view reflects at least this version. */
    readonly minVersion: number | null = null,
  ) {
    super();
  }
}

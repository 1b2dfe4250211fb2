import { Query } from '@nestjs/cqrs';
import type { DomainError } from '@pb/domain';
import type { ViewDocument } from '@pb/projections';

/** One document of a read model by id; optionally wait (bounded) until it reflects a version. */
export class GetViewQuery<T extends ViewDocument & { version: number }> extends Query<T> {
  constructor(
    readonly collection: string,
    readonly id: string,
    readonly notFound: () => DomainError,
    readonly minVersion: number | null = null,
  ) {
    super();
  }
}

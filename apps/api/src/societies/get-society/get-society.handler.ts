import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { SocietyNotFound } from '@pb/domain';
import { ReadModelStore, societyProjection, type SocietyView } from '@pb/projections';
import { waitUntilFresh } from '../../http/freshness.dto';
import { GetSocietyQuery } from './get-society.query';

@QueryHandler(GetSocietyQuery)
export class GetSocietyHandler implements IQueryHandler<GetSocietyQuery> {
  constructor(@Inject(ReadModelStore) private readonly views: ReadModelStore) {}

  async execute({ societyId, minVersion }: GetSocietyQuery): Promise<SocietyView> {
    const read = () => this.views.get<SocietyView>(societyProjection.spec.name, societyId);
    const view = minVersion === null ? await read() : await waitUntilFresh(read, (v) => (v?.version ?? 0) >= minVersion);
    if (!view) throw new SocietyNotFound(societyId);
    return view;
  }
}

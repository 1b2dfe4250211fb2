import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ReadModelStore, type ViewDocument } from '@pb/projections';
import { waitUntilFresh } from '../freshness';
import { GetViewQuery } from './get-view.query';

@QueryHandler(GetViewQuery)
export class GetViewHandler implements IQueryHandler<
  GetViewQuery<ViewDocument & { version: number }>
> {
  constructor(@Inject(ReadModelStore) private readonly views: ReadModelStore) {}

  async execute({
    collection,
    id,
    notFound,
    minVersion,
  }: GetViewQuery<ViewDocument & { version: number }>) {
    const read = () => this.views.get<ViewDocument & { version: number }>(collection, id);
    const view =
      minVersion === null
        ? await read()
        : await waitUntilFresh(read, (v) => (v?.version ?? 0) >= minVersion);
    if (!view) throw notFound();
    return view;
  }
}

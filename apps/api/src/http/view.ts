import type { ReadModelStore, ViewDocument } from '@pb/projections';

/** A read-model document as clients see it: `id` first, without the projector's bookkeeping. */
export function publicView<T extends ViewDocument>(
  view: T,
  idField: keyof T & string,
): Record<string, unknown> {
  const {
    _id,
    _version: _v,
    _position: _p,
    [idField]: id,
    ...rest
  } = view as ViewDocument & Record<string, unknown>;
  return { id: id ?? _id, ...rest };
}
/** One page of a read model's documents as clients see them, narrowed by equality filters. */
export async function viewPage<T extends ViewDocument>(
  views: ReadModelStore,
  collection: string,
  where: Record<string, string | undefined>,
  page: { readonly limit?: number; readonly cursor?: string },
  idField: keyof T & string,
): Promise<{ items: Record<string, unknown>[]; next: string | null }> {
  const found = await views.find<T>(collection, {
    where: Object.fromEntries(
      Object.entries(where).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
    limit: page.limit ?? 50,
    after: page.cursor ?? null,
  });
  return { items: found.items.map((view) => publicView(view, idField)), next: found.next };
}

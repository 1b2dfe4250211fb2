import type { ViewDocument } from '@pb/projections';

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

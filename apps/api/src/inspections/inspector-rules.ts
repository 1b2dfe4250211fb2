import { NotAnInspector } from './inspection.errors';

/** Every member named is one of the batch's inspectors, or the first who is not is named. */
export function requireInspectors(
  inspectors: readonly string[],
  named: readonly string[],
  field: string,
): void {
  const stranger = named.find((memberId) => !inspectors.includes(memberId));
  if (stranger !== undefined) throw new NotAnInspector(stranger, field);
}

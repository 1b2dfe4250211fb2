import type { ValidationError } from 'class-validator';

export interface FieldProblem {
  /** The field's path in the body, query or headers, e.g. `name` or `partyOrganisation.memberCount`. */
  readonly field: string;
  /** The rule it broke, e.g. `isNotEmpty`, `maxLength`, `whitelistValidation`. */
  readonly rule: string;
  readonly message: string;
}

/** Input that fails validation at the edge: a 400 naming every field and rule. */
export class RequestInvalid extends Error {
  constructor(readonly problems: readonly FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  }
}

/**
 * Every problem of the request, each at its field's path; an item of a list is named as the
 * domain's rules name it, `items[2].points`, so a page finds one spelling for one field.
 */
export function flattenValidationErrors(
  errors: readonly ValidationError[],
  prefix = '',
): FieldProblem[] {
  return errors.flatMap((error) => {
    const property = error.property === '' ? '(empty key)' : error.property;
    // The pipe keeps no values (they may be personal): a list's items are its numeric keys.
    const field = !prefix
      ? property
      : /^\d+$/.test(property)
        ? `${prefix}[${property}]`
        : `${prefix}.${property}`;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule: rule === 'whitelistValidation' ? 'unknownField' : rule,
      message,
    }));
    // A missing field is said to be missing, not also to break every rule of its value.
    const missing = own.filter((problem) => problem.rule === 'isDefined');
    return [
      ...(missing.length > 0 ? missing : own),
      ...flattenValidationErrors(error.children ?? [], field),
    ];
  });
}

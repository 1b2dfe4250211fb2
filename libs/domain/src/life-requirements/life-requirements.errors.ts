import { InvalidInput } from '../shared/errors';

export class RequirementsFormMissing extends InvalidInput {
  constructor(form: string) {
    super(
      `requirements.${form}`,
      'LIFE_REQUIREMENTS.FORM_MISSING',
      `the table must give the requirements of ${form} (an empty list for none)`,
    );
  }
}

export class FormWithoutRequirements extends InvalidInput {
  constructor(form: string) {
    super(
      `requirements.${form}`,
      'LIFE_REQUIREMENTS.FORM_WITHOUT_REQUIREMENTS',
      `${form} holds no organisational life and takes no requirements`,
    );
  }
}

export class RequirementKindRepeated extends InvalidInput {
  constructor(field: string, kind: string) {
    super(field, 'LIFE_REQUIREMENTS.KIND_REPEATED', `${kind} is required twice for one form`);
  }
}

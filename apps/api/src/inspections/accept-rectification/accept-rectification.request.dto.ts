import { OptionalUuidField } from '../../http/uuid-field';

export class AcceptRectificationRequest {
  @OptionalUuidField({
    description:
      'The inspector in whose name the office acts; a member acts in their own name and may omit it',
  })
  inspectorId?: string;
}

import { UuidField } from '../../http/uuid-field';

export class AssignSocietyRequest {
  @UuidField({ description: 'The society to assign' })
  societyId!: string;

  @UuidField({ description: 'The liaison: a committee member or a lecture expert' })
  liaisonId!: string;
}

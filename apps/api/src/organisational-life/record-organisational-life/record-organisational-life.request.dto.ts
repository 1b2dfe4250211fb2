import { OptionalUuidField } from '../../http/uuid-field';
import { LifeRecordRequest } from '../life-record.request.dto';

export class RecordOrganisationalLifeRequest extends LifeRecordRequest {
  @OptionalUuidField({ description: 'The record id (UUID); the server makes one when absent' })
  id?: string;
}

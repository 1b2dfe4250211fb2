import { OptionalUuidField } from '../../http/uuid-field';
import { RoundDefinitionRequest } from '../star-rating-round.request.dto';

export class DraftStarRatingRoundRequest extends RoundDefinitionRequest {
  @OptionalUuidField()
  id?: string;
}

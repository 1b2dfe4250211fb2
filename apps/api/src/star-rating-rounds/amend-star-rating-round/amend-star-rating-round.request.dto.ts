import { PartialType } from '@nestjs/swagger';
import { RoundDefinitionRequest } from '../star-rating-round.request.dto';

/** Any part of the definition; what it names replaces the draft's. */
export class AmendStarRatingRoundRequest extends PartialType(RoundDefinitionRequest) {}

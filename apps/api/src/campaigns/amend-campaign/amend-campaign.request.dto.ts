import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CampaignIssuanceRequest, CampaignTargetsDto, DATE } from '../campaign.request.dto';

export class AmendCampaignRequest extends CampaignIssuanceRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ format: 'date', example: '2022-01-31' })
  @IsOptional()
  @IsISO8601(DATE)
  @MaxLength(10)
  endsOn?: string;

  @ApiPropertyOptional({ type: CampaignTargetsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CampaignTargetsDto)
  targets?: CampaignTargetsDto;

  @ApiPropertyOptional({
    example: '根据市科协党组要求延长至一月底',
    description: 'Required once launched',
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;
}

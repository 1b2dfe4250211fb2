import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, MaxLength, ValidateNested } from 'class-validator';
import { CampaignTargetsDto, DATE } from '../campaign.request.dto';

export class LaunchCampaignRequest {
  @ApiProperty({ format: 'date', example: '2021-07-19' })
  @IsISO8601(DATE)
  @MaxLength(10)
  startsOn!: string;

  @ApiProperty({ format: 'date', example: '2021-12-31' })
  @IsISO8601(DATE)
  @MaxLength(10)
  endsOn!: string;

  @ApiProperty({ type: CampaignTargetsDto })
  @ValidateNested()
  @Type(() => CampaignTargetsDto)
  targets!: CampaignTargetsDto;
}

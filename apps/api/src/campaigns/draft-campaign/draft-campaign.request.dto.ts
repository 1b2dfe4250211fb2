import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { CampaignIssuanceRequest, DATE } from '../campaign.request.dto';
import { OptionalUuidField } from '../../http/uuid-field';

export class DraftCampaignRequest extends CampaignIssuanceRequest {
  @OptionalUuidField()
  id?: string;

  @ApiProperty({ example: '学习贯彻习近平总书记“七一”重要讲话精神', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({
    example: '科技社团党委每位委员联系8—10个学会，深入学会开展宣讲',
    maxLength: 5000,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ format: 'date', example: '2021-07-19' })
  @IsOptional()
  @IsISO8601(DATE)
  @MaxLength(10)
  startsOn?: string;

  @ApiPropertyOptional({ format: 'date', example: '2021-12-31' })
  @IsOptional()
  @IsISO8601(DATE)
  @MaxLength(10)
  endsOn?: string;
}

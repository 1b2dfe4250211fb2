import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** A calendar date, YYYY-MM-DD, and nothing looser. */
export const DATE = { strict: true } as const;

export class CampaignTargetsDto {
  @ApiProperty({
    example: 1,
    description: '每个学会至少宣讲场次 (delivered lectures per assigned society)',
  })
  @IsInt()
  @Min(0)
  @Max(100)
  lecturesPerSociety!: number;

  @ApiProperty({
    example: 2,
    description: '每个学会至少办实事项数 (accepted service tasks per assigned society)',
  })
  @IsInt()
  @Min(0)
  @Max(100)
  serviceTasksPerSociety!: number;
}

/** 发文: the header of the directive behind a campaign, which a draft gives and an amendment may correct. */
export class CampaignIssuanceRequest {
  @ApiPropertyOptional({
    example: '中共天津市科协科技社团委员会',
    minLength: 1,
    maxLength: 100,
    description: '发文单位',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  issuedBy?: string;

  @ApiPropertyOptional({ format: 'date', example: '2021-07-12', description: '发文日期' })
  @IsOptional()
  @IsISO8601(DATE)
  @MaxLength(10)
  issuedOn?: string;

  @ApiPropertyOptional({
    example: '科协党发〔2021〕12号',
    minLength: 1,
    maxLength: 50,
    description: '文号',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  documentNumber?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

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

const DATE = { strict: true } as const;

export class DraftCampaignRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
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
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ example: '2021-07-19' })
  @IsOptional()
  @IsISO8601(DATE)
  @MaxLength(10)
  startsOn?: string;

  @ApiPropertyOptional({ example: '2021-12-31' })
  @IsOptional()
  @IsISO8601(DATE)
  @MaxLength(10)
  endsOn?: string;
}

export class AmendCampaignRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ example: '2022-01-31' })
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

export class LaunchCampaignRequest {
  @ApiProperty({ example: '2021-07-19' })
  @IsISO8601(DATE)
  @MaxLength(10)
  startsOn!: string;

  @ApiProperty({ example: '2021-12-31' })
  @IsISO8601(DATE)
  @MaxLength(10)
  endsOn!: string;

  @ApiProperty({ type: CampaignTargetsDto })
  @ValidateNested()
  @Type(() => CampaignTargetsDto)
  targets!: CampaignTargetsDto;
}

export class CloseCampaignRequest {
  @ApiPropertyOptional({ example: '任务完成', maxLength: 500 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;
}

export class AssignSocietyRequest {
  @ApiProperty({ format: 'uuid', description: 'The society to assign' })
  @IsUUID()
  societyId!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The liaison: a committee member or a lecture expert',
  })
  @IsUUID()
  liaisonId!: string;
}

export class MoveAssignmentRequest {
  @ApiProperty({ format: 'uuid', description: 'The new liaison' })
  @IsUUID()
  liaisonId!: string;

  @ApiProperty({ example: '委员工作调整', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class WithdrawAssignmentRequest {
  @ApiProperty({ example: '学会已注销', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

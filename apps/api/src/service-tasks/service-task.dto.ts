import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BENEFICIARY_GROUPS, URGENCIES, type BeneficiaryGroup, type Urgency } from '@pb/domain';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class ProposeServiceTaskRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  societyId!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The campaign the task counts toward, if any',
  })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @ApiProperty({ example: '为兰县学校捐赠科普图书', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({
    example: '县里中小学缺少科普读物，会员代表提出捐赠需求',
    maxLength: 5000,
    description: '需求由群众提出',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  need!: string;

  @ApiProperty({ example: '会员代表座谈会', maxLength: 100, description: 'Who raised the need' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  raisedBy!: string;

  @ApiProperty({
    enum: BENEFICIARY_GROUPS,
    example: 'science-workers',
    description: '服务对象: 科技工作者, 分支机构, 会员单位, 地方学会, 干部职工',
  })
  @IsIn(BENEFICIARY_GROUPS)
  beneficiary!: BeneficiaryGroup;
}

export class AcceptServiceTaskRequest {
  @ApiProperty({ example: '2021-10-31', description: '办结时限' })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  dueOn!: string;

  @ApiProperty({
    enum: URGENCIES,
    example: 'deadline',
    description: 'immediate 立刻办, deadline 限期办, phased 分期办',
  })
  @IsIn(URGENCIES)
  urgency!: Urgency;
}

export class ProgressRequest {
  @ApiProperty({ example: '已联系出版社落实图书3000册', maxLength: 5000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  note!: string;
}

export class CompleteServiceTaskRequest {
  @ApiProperty({ example: '向兰县学校捐赠科普图书6084册', maxLength: 5000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  outcome!: string;

  @ApiProperty({ example: 3200, description: '受益人数' })
  @IsInt()
  @Min(0)
  @Max(100000000)
  beneficiaries!: number;

  @ApiProperty({ example: '2021-10-20' })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  completedOn!: string;
}

export class EvaluateServiceTaskRequest {
  @ApiProperty({
    example: 5,
    minimum: 1,
    maximum: 5,
    description: '群众评价: below 3 is unsatisfied and reopens the task',
  })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @ApiProperty({ example: 120, description: '参与评价人数' })
  @IsInt()
  @Min(1)
  @Max(10000000)
  raters!: number;

  @ApiPropertyOptional({ example: '图书很受学生欢迎', maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comment?: string;
}

export class TaskReasonRequest {
  @ApiProperty({ example: '进度滞后，挂牌督办', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

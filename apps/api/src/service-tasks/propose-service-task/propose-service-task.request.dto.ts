import { ApiProperty } from '@nestjs/swagger';
import { BENEFICIARY_GROUPS, type BeneficiaryGroup } from '@pb/domain';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { OptionalUuidField, UuidField } from '../../http/uuid-field';

export class ProposeServiceTaskRequest {
  @OptionalUuidField()
  id?: string;

  @UuidField()
  societyId!: string;

  @OptionalUuidField({ description: 'The campaign the task counts toward, if any' })
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

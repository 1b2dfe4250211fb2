import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SOCIETY_KINDS, SOCIETY_SHORT_NAME_MAX, type SocietyKind } from '@pb/domain';
import {
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { EXAMPLE_CREDIT_CODE } from '../credit-code.doc';

export class RegisterSocietyRequest {
  @ApiPropertyOptional({
    description: 'The society id (UUID); the server makes one when absent',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({
    description: '学会名称: the registered name',
    example: '天津市机械工程学会',
    maxLength: 100,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({
    description: '学会类型: society 学会, association 协会, research-society 研究会',
    enum: SOCIETY_KINDS,
    example: 'society',
  })
  @IsIn(SOCIETY_KINDS)
  kind!: SocietyKind;

  @ApiPropertyOptional({
    description:
      '统一社会信用代码: 18 characters, upper or lower case, the last a check character (GB 32100-2015); unique',
    example: EXAMPLE_CREDIT_CODE,
  })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}$/, {
    message: 'creditCode must be 18 characters of the unified social credit code alphabet',
  })
  creditCode?: string;

  @ApiPropertyOptional({
    description: '学会简称: the short name people use day to day',
    example: '机械学会',
    maxLength: SOCIETY_SHORT_NAME_MAX,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(SOCIETY_SHORT_NAME_MAX)
  shortName?: string;
}

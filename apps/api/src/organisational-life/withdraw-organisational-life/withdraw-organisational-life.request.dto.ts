import { ApiProperty } from '@nestjs/swagger';
import { REASON_MAX } from '@pb/domain';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class WithdrawOrganisationalLifeRequest {
  @ApiProperty({ example: '重复录入，以另一条记录为准', maxLength: REASON_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(REASON_MAX)
  reason!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { ACCOUNT_ROLES, type AccountRole } from '@pb/domain';
import { IsIn } from 'class-validator';
import { OptionalUuidField } from '../../http/uuid-field';

export class GrantAccountRoleRequest {
  @ApiProperty({
    enum: ACCOUNT_ROLES,
    example: 'liaison',
    description:
      '办公室 admin, 审计 auditor, 联系委员 liaison (with memberId), 学会党组织 society (with societyId)',
  })
  @IsIn(ACCOUNT_ROLES)
  role!: AccountRole;

  @OptionalUuidField({ description: 'For a liaison: the registered member they are' })
  memberId?: string;

  @OptionalUuidField({ description: 'For a society account: the registered society it acts for' })
  societyId?: string;
}

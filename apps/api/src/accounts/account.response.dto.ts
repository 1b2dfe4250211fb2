import { CommandAnswer } from '../http/command-answer.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACCOUNT_ROLES } from '@pb/domain';
import type { AccountView } from '@pb/projections';

export class AccountResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'wang.jg' }) login!: string;
  @ApiProperty({ example: '王建国' }) displayName!: string;
  @ApiPropertyOptional({ enum: ACCOUNT_ROLES, nullable: true }) role!: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) memberId!: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) societyId!: string | null;
  @ApiProperty({ enum: ['invited', 'active', 'disabled'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) invitedAt!: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) activatedAt!:
    string | null;
  @ApiProperty({ type: 'integer' }) version!: number;

  static of(view: AccountView): AccountResponse {
    const { accountId, login, displayName, role, memberId, societyId, status } = view;
    const { invitedAt, activatedAt, version } = view;
    return {
      id: accountId,
      login,
      displayName,
      role,
      memberId,
      societyId,
      status,
      invitedAt,
      activatedAt,
      version,
    };
  }
}

/** A one-time link: shown once, to the office, to hand to the person. */
export class InvitationResponse {
  @ApiProperty() token!: string;
  @ApiProperty({ example: '/app/#/invitation/<token>' }) path!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

/** An invitation's answer: the command's, and the one-time link to hand to the person. */
export class InviteAnswer extends CommandAnswer {
  @ApiProperty({ type: InvitationResponse }) invitation!: InvitationResponse;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEMBER_POSITIONS, type MemberPosition } from '@pb/domain';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { POSITIONS } from '../member.request.dto';

export class ChangeMemberPositionRequest {
  @ApiProperty({ enum: MEMBER_POSITIONS, example: 'deputy-secretary', description: POSITIONS })
  @IsIn(MEMBER_POSITIONS)
  position!: MemberPosition;

  @ApiPropertyOptional({ example: '换届调整', maxLength: 500 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;
}

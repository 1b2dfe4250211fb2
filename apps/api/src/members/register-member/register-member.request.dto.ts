import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEMBER_POSITIONS, type MemberPosition } from '@pb/domain';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { POSITIONS } from '../member.request.dto';
import { OptionalUuidField } from '../../http/uuid-field';

export class RegisterMemberRequest {
  @OptionalUuidField({ description: 'The member id; the server makes one when absent' })
  id?: string;

  @ApiProperty({ example: '王建国', maxLength: 50, description: '委员姓名' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name!: string;

  @ApiProperty({ enum: MEMBER_POSITIONS, example: 'member', description: POSITIONS })
  @IsIn(MEMBER_POSITIONS)
  position!: MemberPosition;

  @ApiPropertyOptional({ example: '天津大学', maxLength: 100, description: '工作单位' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  organisation?: string;
}

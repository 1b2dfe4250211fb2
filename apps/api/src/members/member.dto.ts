import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEMBER_POSITIONS, type MemberPosition } from '@pb/domain';
import type { MemberView } from '@pb/projections';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

const POSITIONS =
  'member 委员, secretary 书记, deputy-secretary 副书记, discipline-member 纪检委员, expert 宣讲专家 (not on the committee)';

export class RegisterMemberRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The member id; the server makes one when absent',
  })
  @IsOptional()
  @IsUUID()
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

export class RetireMemberRequest {
  @ApiProperty({ example: '任期届满', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class MemberResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '王建国' }) name!: string;
  @ApiProperty({ enum: MEMBER_POSITIONS }) position!: string;
  @ApiPropertyOptional({ nullable: true, example: '天津大学' }) organisation!: string | null;
  @ApiProperty({ enum: ['active', 'retired'] }) status!: string;
  @ApiProperty() version!: number;
  @ApiProperty() registeredAt!: string;
  @ApiProperty() updatedAt!: string;

  static of(view: MemberView): MemberResponse {
    return {
      id: view.memberId,
      name: view.name,
      position: view.position,
      organisation: view.organisation,
      status: view.status,
      version: view.version,
      registeredAt: view.registeredAt,
      updatedAt: view.updatedAt,
    };
  }
}

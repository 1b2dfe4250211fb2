import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEMBER_POSITIONS } from '@pb/domain';
import { MemberView } from '@pb/projections';

export class MemberResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '王建国' }) name!: string;
  @ApiProperty({ enum: MEMBER_POSITIONS }) position!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '天津大学' }) organisation!:
    string | null;
  @ApiProperty({ enum: ['active', 'retired'] }) status!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

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

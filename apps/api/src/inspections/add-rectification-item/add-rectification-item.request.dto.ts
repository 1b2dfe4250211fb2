import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { OptionalUuidField, UuidField } from '../../http/uuid-field';

export class AddRectificationItemRequest {
  @OptionalUuidField({ description: "The item's id, to report and accept it by; made when absent" })
  id?: string;

  @UuidField({ description: 'The finding the item rectifies' })
  findingId!: string;

  @ApiProperty({ example: '补全2025年党委会议记录，建立会议纪要审签制度', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  action!: string;

  @ApiProperty({ format: 'date', example: '2026-06-30', description: '整改期限' })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  dueOn!: string;
}

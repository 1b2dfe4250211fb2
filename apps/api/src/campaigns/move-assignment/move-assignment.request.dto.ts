import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { UuidField } from '../../http/uuid-field';

export class MoveAssignmentRequest {
  @UuidField({ description: 'The new liaison' })
  liaisonId!: string;

  @ApiProperty({ example: '委员工作调整', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

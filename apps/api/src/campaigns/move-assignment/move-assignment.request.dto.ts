import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

export class MoveAssignmentRequest {
  @ApiProperty({ format: 'uuid', description: 'The new liaison' })
  @IsUUID()
  liaisonId!: string;

  @ApiProperty({ example: '委员工作调整', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

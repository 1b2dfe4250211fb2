import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { UuidField } from '../../http/uuid-field';

export class AddSocietyToInspectionRequest {
  @UuidField({ description: 'The society added by name, not drawn' })
  societyId!: string;

  @ApiProperty({ example: '群众来信反映党委会议记录不全，列入本批督导', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

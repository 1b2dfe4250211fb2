import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class AssignSocietyRequest {
  @ApiProperty({ format: 'uuid', description: 'The society to assign' })
  @IsUUID()
  societyId!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The liaison: a committee member or a lecture expert',
  })
  @IsUUID()
  liaisonId!: string;
}

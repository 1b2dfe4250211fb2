import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsString,
  MaxLength,
} from 'class-validator';

export class ReportRectificationDoneRequest {
  @ApiProperty({ example: '已补全会议记录并经党委书记审签', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;

  @ApiProperty({
    type: [String],
    example: ['files/党委会议纪要-2025.pdf'],
    description: '佐证材料: 1 to 50 references',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  evidence!: string[];
}

import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ProgressRequest {
  @ApiProperty({ example: '已联系出版社落实图书3000册', maxLength: 5000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  note!: string;
}

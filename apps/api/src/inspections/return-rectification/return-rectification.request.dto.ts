import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { AcceptRectificationRequest } from '../accept-rectification/accept-rectification.request.dto';

export class ReturnRectificationRequest extends AcceptRectificationRequest {
  @ApiProperty({ example: '佐证材料未体现表决情况，请补充', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

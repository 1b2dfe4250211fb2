import { ApiProperty } from '@nestjs/swagger';
import { REASON_MAX } from '@pb/domain';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { LifeRecordRequest } from '../life-record.request.dto';

/** Every field of the record again (it replaces them all), and why. */
export class CorrectOrganisationalLifeRequest extends LifeRecordRequest {
  @ApiProperty({ example: '补录签到表，实到人数更正为19人', maxLength: REASON_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(REASON_MAX)
  reason!: string;
}

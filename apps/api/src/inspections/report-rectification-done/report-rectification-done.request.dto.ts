import { ApiProperty } from '@nestjs/swagger';
import { EVIDENCE_MAX } from '@pb/domain';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { EvidenceList, EvidenceRequest } from '../../files/evidence.request.dto';

export class ReportRectificationDoneRequest {
  @ApiProperty({ example: '已补全会议记录并经党委书记审签', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;

  @EvidenceList('佐证材料: 1 to 50 files, each uploaded with POST /files', EVIDENCE_MAX, 1)
  evidence!: EvidenceRequest[];
}

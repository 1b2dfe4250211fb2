import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PARTY_ORGANISATION_FORMS,
  PARTY_SEATS,
  type PartyOrganisationForm,
  type PartySeat,
} from '@pb/domain';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class RecordPartyOrganisationRequest {
  @ApiProperty({
    enum: PARTY_ORGANISATION_FORMS,
    example: 'branch',
    description:
      '党委 committee, 党总支 general-branch, 党支部 branch, 联合党支部 joint-branch, 党建工作小组 work-group, none 未建立',
  })
  @IsIn(PARTY_ORGANISATION_FORMS)
  form!: PartyOrganisationForm;

  @ApiPropertyOptional({
    enum: PARTY_SEATS,
    example: 'secretariat',
    description:
      '学会党委 council or 办事机构党组织 secretariat; the record replaces that seat only. Left out: council for a committee, secretariat otherwise',
  })
  @IsOptional()
  @IsIn(PARTY_SEATS)
  seat?: PartySeat;

  @ApiPropertyOptional({
    example: false,
    description: '设党小组: group meetings are then required; false when left out',
  })
  @IsOptional()
  @IsBoolean()
  groups?: boolean;

  @ApiPropertyOptional({ example: '王芳', description: '学会党组织书记', maxLength: 50 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  secretary?: string;

  @ApiPropertyOptional({ example: 23, description: '党员人数' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000000)
  memberCount?: number;

  @ApiPropertyOptional({
    format: 'date',
    example: '2018-06-30',
    description: '成立日期 (YYYY-MM-DD)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(10)
  establishedOn?: string;
}

/** The seat a request names, or the one its form implies: a committee is the council's. */
export function seatOf(request: RecordPartyOrganisationRequest): PartySeat {
  return request.seat ?? (request.form === 'committee' ? 'council' : 'secretariat');
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTY_ORGANISATION_FORMS, type PartyOrganisationForm } from '@pb/domain';
import { Type } from 'class-transformer';
import {
  IsObject,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { OptionalUuidField } from '../../http/uuid-field';

/** Who may be drawn: the draw lists every registered society this admits. */
export class PopulationCriterionRequest {
  @ApiPropertyOptional({
    enum: PARTY_ORGANISATION_FORMS,
    isArray: true,
    example: ['committee'],
    description:
      'Only societies whose party organisation has one of these forms (committee: 学会党委); absent: every registered society',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PARTY_ORGANISATION_FORMS.length)
  @IsIn(PARTY_ORGANISATION_FORMS, { each: true })
  partyOrganisationForms?: PartyOrganisationForm[];
}

export class PlanInspectionBatchRequest {
  @OptionalUuidField()
  id?: string;

  @ApiProperty({ example: '2026年第一批学会党委督导抽查', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({
    type: [String],
    example: ['学习宣传贯彻', '党委工作和议事制度', '前置审议“三重一大”'],
    description: '督导重点: the points inspected, 1 to 20, each at most 100 characters',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  focus!: string[];

  @ApiProperty({ type: PopulationCriterionRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => PopulationCriterionRequest)
  population!: PopulationCriterionRequest;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: '督导组: the committee members who inspect, 1 to 50',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  inspectorIds!: string[];

  @ApiProperty({ example: 20, minimum: 1, maximum: 5000, description: '抽取数量' })
  @IsInt()
  @Min(1)
  @Max(5000)
  sampleSize!: number;
}

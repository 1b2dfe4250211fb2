import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTY_ORGANISATION_FORMS, SOCIETY_KINDS } from '@pb/domain';
import type { SocietyView } from '@pb/projections';
import { CREDIT_CODE_PATTERN, EXAMPLE_CREDIT_CODE } from './credit-code.doc';

export class PartyOrganisationResponse {
  @ApiProperty({
    enum: PARTY_ORGANISATION_FORMS,
    example: 'branch',
    description: '党组织形式; none when the society has none',
  })
  form!: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '张伟',
    description: '学会党组织书记',
  })
  secretary!: string | null;
  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 35 })
  memberCount!: number | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2019-07-01' })
  establishedOn!: string | null;
}

export class SocietyResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '天津市机械工程学会' }) name!: string;
  @ApiProperty({ enum: SOCIETY_KINDS }) kind!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    pattern: CREDIT_CODE_PATTERN,
    example: EXAMPLE_CREDIT_CODE,
  })
  creditCode!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '机械学会', description: '学会简称' })
  shortName!: string | null;
  @ApiProperty({ enum: ['registered', 'deregistered'] }) status!: string;
  @ApiProperty({ type: PartyOrganisationResponse }) partyOrganisation!: PartyOrganisationResponse;
  @ApiProperty({ description: 'Organisation coverage: the society has a party organisation' })
  hasPartyOrganisation!: boolean;
  @ApiProperty({ type: [String], description: '曾用名, oldest first' }) formerNames!: string[];
  @ApiProperty({
    type: 'integer',
    description: 'The society stream version this view reflects (also the ETag)',
  })
  version!: number;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static of(view: SocietyView): SocietyResponse {
    return {
      id: view.societyId,
      name: view.name,
      kind: view.kind,
      creditCode: view.creditCode,
      // A view projected before schema version 2 has no field until the read models are rebuilt.
      shortName: view.shortName ?? null,
      status: view.status,
      partyOrganisation: { ...view.partyOrganisation },
      hasPartyOrganisation: view.partyOrganisation.form !== 'none',
      formerNames: [...view.formerNames],
      version: view.version,
      registeredAt: view.registeredAt,
      updatedAt: view.updatedAt,
    };
  }
}

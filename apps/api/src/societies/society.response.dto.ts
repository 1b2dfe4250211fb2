import { ApiProperty } from '@nestjs/swagger';
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
  @ApiProperty({ type: String, nullable: true, example: '张伟', description: '学会党组织书记' })
  secretary!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 35, description: '党员人数' })
  memberCount!: number | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    example: '2019-07-01',
    description: '成立日期',
  })
  establishedOn!: string | null;
}

export class SeatedOrganisationResponse extends PartyOrganisationResponse {
  @ApiProperty({ example: true, description: '设党小组: group meetings are then required' })
  groups!: boolean;
}

const COUNCIL_EXAMPLE = {
  form: 'committee',
  secretary: '王芳',
  memberCount: 35,
  establishedOn: '2019-07-01',
  groups: true,
};

export class OrganisationsResponse {
  @ApiProperty({
    type: SeatedOrganisationResponse,
    nullable: true,
    example: COUNCIL_EXAMPLE,
    description: '学会党委: the organisation at the council; null when none sits there',
  })
  council!: SeatedOrganisationResponse | null;
  @ApiProperty({
    type: SeatedOrganisationResponse,
    nullable: true,
    description: '办事机构党组织: the organisation at the secretariat; null when none sits there',
  })
  secretariat!: SeatedOrganisationResponse | null;
}

export class InstructorResponse {
  @ApiProperty({ example: '刘洋', description: '党建指导员姓名 (personal data)' })
  name!: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: null,
    description: 'The committee member sent, or null when the instructor is not one',
  })
  memberId!: string | null;
  @ApiProperty({ example: '2026-04-01', description: '派驻日期' })
  since!: string;
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
    description: '统一社会信用代码',
  })
  creditCode!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '机械学会', description: '学会简称' })
  shortName!: string | null;
  @ApiProperty({ enum: ['registered', 'deregistered'] }) status!: string;
  @ApiProperty({ type: PartyOrganisationResponse }) partyOrganisation!: PartyOrganisationResponse;
  @ApiProperty({ description: 'Organisation coverage: the society has a party organisation' })
  hasPartyOrganisation!: boolean;
  @ApiProperty({
    type: OrganisationsResponse,
    description:
      'The organisation at each seat: 学会党委 (council) and 办事机构党组织 (secretariat)',
  })
  organisations!: OrganisationsResponse;
  @ApiProperty({
    type: InstructorResponse,
    nullable: true,
    example: { name: '刘洋', memberId: null, since: '2026-04-01' },
    description: '党建指导员 in post; null when none is',
  })
  instructor!: InstructorResponse | null;
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
      organisations: {
        council: view.organisations.council && { ...view.organisations.council },
        secretariat: view.organisations.secretariat && { ...view.organisations.secretariat },
      },
      instructor: view.instructor && { ...view.instructor },
      formerNames: [...view.formerNames],
      version: view.version,
      registeredAt: view.registeredAt,
      updatedAt: view.updatedAt,
    };
  }
}

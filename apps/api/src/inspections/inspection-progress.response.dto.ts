import { ApiProperty } from '@nestjs/swagger';

/** A society's inspection in figures, as the batch's board and the inspection show it. */
export class InspectionFiguresAnswer {
  @ApiProperty({ type: 'integer', description: '走访次数' }) visits!: number;
  @ApiProperty({ type: 'integer', description: '发现问题' }) findings!: number;
  @ApiProperty({ type: 'integer', description: '其中较重问题' }) majorFindings!: number;
  @ApiProperty({ type: 'integer', description: '整改事项' }) items!: number;
  @ApiProperty({ type: 'integer', description: 'Reported done, waiting for an inspector' })
  reported!: number;
  @ApiProperty({ type: 'integer', description: '已销号' }) accepted!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Not accepted by the due date, as of `today` in the federation’s time zone',
  })
  overdue!: number;
}

/** Where a sampled society's inspection stands; `not-visited` until its first visit. */
export const INSPECTION_CASE_STATES = ['not-visited', 'open', 'closed'] as const;

import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

/** A calendar date, YYYY-MM-DD, and nothing looser. */
export const DATE = { strict: true } as const;

export class CampaignTargetsDto {
  @ApiProperty({
    example: 1,
    description: '每个学会至少宣讲场次 (delivered lectures per assigned society)',
  })
  @IsInt()
  @Min(0)
  @Max(100)
  lecturesPerSociety!: number;

  @ApiProperty({
    example: 2,
    description: '每个学会至少办实事项数 (accepted service tasks per assigned society)',
  })
  @IsInt()
  @Min(0)
  @Max(100)
  serviceTasksPerSociety!: number;
}

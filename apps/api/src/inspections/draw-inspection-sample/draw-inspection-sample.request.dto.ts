import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The seed and the population are the server's: the caller may only change the size. */
export class DrawInspectionSampleRequest {
  @ApiPropertyOptional({
    example: 20,
    minimum: 1,
    maximum: 5000,
    description: 'How many to draw; the planned size when absent',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5000)
  sampleSize?: number;
}

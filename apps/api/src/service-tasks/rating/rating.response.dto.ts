import { ApiProperty } from '@nestjs/swagger';

class RatingCodeAnswer {
  @ApiProperty({ example: 'K7QM2XW4PZ3A', description: '12 letters and digits (base32)' })
  code!: string;
  @ApiProperty({
    example: '/app/#/rate/7b1d3f58-2a6c-4e9b-8d40-1e2f3a4b5c06/K7QM2XW4PZ3A',
    description: 'The phone page of the code, relative to the api',
  })
  url!: string;
  @ApiProperty() used!: boolean;
}

export class RatingCodeSheetAnswer {
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty() open!: boolean;
  @ApiProperty({ format: 'date-time' }) closesAt!: string;
  @ApiProperty({ type: [RatingCodeAnswer] }) codes!: readonly RatingCodeAnswer[];
}

/** What a person holding a code sees before rating. */
export class RatingCodeStatusAnswer {
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty({ example: '为社区老人开展防诈骗科普讲座' }) title!: string;
  @ApiProperty({ example: '天津市计算机学会' }) societyName!: string;
  @ApiProperty({
    enum: ['open', 'used', 'closed'],
    description: 'open: the code may rate; used: it did; closed: the rating ended',
  })
  status!: string;
  @ApiProperty({ format: 'date-time' }) closesAt!: string;
}

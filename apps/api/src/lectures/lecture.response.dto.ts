import { EvidenceAnswer } from '../files/evidence.answer.dto';
import { ApiProperty } from '@nestjs/swagger';
import { LECTURE_FORMATS } from '@pb/domain';

class DeliveryAnswer {
  @ApiProperty({ format: 'date', example: '2021-08-10', description: '宣讲日期' })
  deliveredOn!: string;
  @ApiProperty({ type: 'integer', example: 45 }) partyMemberAudience!: number;
  @ApiProperty({ type: 'integer', example: 1000 }) otherAudience!: number;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: [EvidenceAnswer], description: '佐证材料' })
  evidence!: readonly EvidenceAnswer[];
}

/** A lecture as its view holds it; `delivery` is the latest record. */
export class LectureAnswer {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({ format: 'uuid' }) lecturerId!: string;
  @ApiProperty() topic!: string;
  @ApiProperty({ enum: ['scheduled', 'delivered', 'confirmed', 'cancelled'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) scheduledAt!: string;
  @ApiProperty({ enum: LECTURE_FORMATS }) format!: string;
  @ApiProperty({ type: String, nullable: true }) place!: string | null;
  @ApiProperty({ type: DeliveryAnswer, nullable: true }) delivery!: DeliveryAnswer | null;
  @ApiProperty({ type: String, nullable: true, description: 'Returned for more detail: why' })
  returnedFor!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
  @ApiProperty({ type: 'integer' }) reschedules!: number;
  @ApiProperty({ type: 'integer', description: 'The lecture stream version (also the ETag)' })
  version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

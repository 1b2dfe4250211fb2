import { idInStream, isEventOfStream, type EnvelopeOf } from '@pb/contracts';
import type { MemberEvent, MemberPosition } from '@pb/domain';
import type { EntityDocument, EntityProjection } from '../projection';

export interface MemberView extends EntityDocument {
  readonly memberId: string;
  readonly name: string;
  readonly position: MemberPosition;
  readonly organisation: string | null;
  readonly status: 'active' | 'retired';
  readonly version: number;
  readonly registeredAt: string;
  readonly updatedAt: string;
}

export const memberProjection: EntityProjection<MemberView, EnvelopeOf<MemberEvent>> = {
  spec: { name: 'members', indexes: ['name', 'status', 'position'] },
  handles: isEventOfStream<MemberEvent>('member'),
  documentId: (event) => idInStream(event.streamId),
  apply(doc, event) {
    const touched = { version: event.seq, updatedAt: event.recordedAt };
    switch (event.type) {
      case 'MemberRegistered':
        return {
          _id: event.data.memberId,
          memberId: event.data.memberId,
          name: event.data.name,
          position: event.data.position,
          organisation: event.data.organisation,
          status: 'active',
          registeredAt: event.recordedAt,
          ...touched,
        };
      case 'MemberPositionChanged':
        return doc && { ...doc, position: event.data.position, ...touched };
      case 'MemberRetired':
        return doc && { ...doc, status: 'retired', ...touched };
      default:
        return doc && { ...doc, ...touched };
    }
  },
};

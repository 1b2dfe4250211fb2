import type { EventEnvelope } from '@pb/contracts';
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

export const memberProjection: EntityProjection<MemberView> = {
  spec: { name: 'members', indexes: ['name', 'status', 'position'] },
  handles: (event) => event.streamId.startsWith('member-'),
  documentId: (event) => event.streamId.slice('member-'.length),
  apply(doc, envelope) {
    const event = envelope as unknown as EventEnvelope & MemberEvent;
    const touched = { version: envelope.seq, updatedAt: envelope.recordedAt };
    switch (event.type) {
      case 'MemberRegistered':
        return {
          _id: event.data.memberId,
          memberId: event.data.memberId,
          name: event.data.name,
          position: event.data.position,
          organisation: event.data.organisation,
          status: 'active',
          registeredAt: envelope.recordedAt,
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

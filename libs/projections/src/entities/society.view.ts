import { idInStream, isEventOfStream, type EnvelopeOf } from '@pb/contracts';
import type { PartyOrganisation, SocietyEvent, SocietyKind } from '@pb/domain';
import type { EntityDocument, EntityProjection } from '../projection';

export interface SocietyView extends EntityDocument {
  readonly societyId: string;
  readonly name: string;
  readonly kind: SocietyKind;
  readonly creditCode: string | null;
  /** 学会简称; null for societies registered without one (all before schema version 2). */
  readonly shortName: string | null;
  readonly status: 'registered' | 'deregistered';
  readonly partyOrganisation: PartyOrganisation;
  /** Earlier names, oldest first (曾用名). */
  readonly formerNames: readonly string[];
  /** The society stream's version this view reflects. */
  readonly version: number;
  readonly registeredAt: string;
  readonly updatedAt: string;
}

const NO_ORGANISATION: PartyOrganisation = {
  form: 'none',
  secretary: null,
  memberCount: null,
  establishedOn: null,
};

export const societyProjection: EntityProjection<SocietyView, EnvelopeOf<SocietyEvent>> = {
  spec: { name: 'societies', indexes: ['name', 'status', 'creditCode'] },
  handles: isEventOfStream<SocietyEvent>('society'),
  documentId: (event) => idInStream(event.streamId),
  apply(doc, event) {
    const touched = { version: event.seq, updatedAt: event.recordedAt };
    switch (event.type) {
      case 'SocietyRegistered':
        return {
          _id: event.data.societyId,
          societyId: event.data.societyId,
          name: event.data.name,
          kind: event.data.kind,
          creditCode: event.data.creditCode,
          shortName: event.data.shortName,
          status: 'registered',
          partyOrganisation: NO_ORGANISATION,
          formerNames: [],
          registeredAt: event.recordedAt,
          ...touched,
        };
      case 'SocietyRenamed':
        return (
          doc && {
            ...doc,
            name: event.data.name,
            formerNames: [...doc.formerNames, event.data.previousName],
            ...touched,
          }
        );
      case 'PartyOrganisationRecorded': {
        const { form, secretary, memberCount, establishedOn } = event.data;
        return (
          doc && {
            ...doc,
            partyOrganisation: { form, secretary, memberCount, establishedOn },
            ...touched,
          }
        );
      }
      case 'SocietyDeregistered':
        return doc && { ...doc, status: 'deregistered', ...touched };
      default:
        return doc && { ...doc, ...touched };
    }
  },
};

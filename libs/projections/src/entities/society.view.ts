import { idInStream, isEventOfStream, type EnvelopeOf } from '@pb/contracts';
import {
  NO_ORGANISATIONS,
  seatOrganisation,
  type OrganisationsBySeat,
  type PartyBuildingInstructor,
  type PartyOrganisation,
  type SocietyEvent,
  type SocietyKind,
} from '@pb/domain';
import type { EntityDocument, EntityProjection } from '../projection';

export interface SocietyView extends EntityDocument {
  readonly societyId: string;
  readonly name: string;
  readonly kind: SocietyKind;
  readonly creditCode: string | null;
  /** 学会简称; null for societies registered without one (all before schema version 2). */
  readonly shortName: string | null;
  readonly status: 'registered' | 'deregistered';
  /** The latest record, whatever its seat: what readers before seats were told. */
  readonly partyOrganisation: PartyOrganisation;
  /** 学会党委 at the council, 办事机构党组织 at the secretariat; null where none sits. */
  readonly organisations: OrganisationsBySeat;
  /** The party-building instructor in post (党建指导员), or null. The name is personal data. */
  readonly instructor: PartyBuildingInstructor | null;
  /** Every posting, oldest first, so coverage can be read on any day; without names. */
  readonly instructorPosts: readonly InstructorPost[];
  /** Earlier names, oldest first (曾用名). */
  readonly formerNames: readonly string[];
  /** The society stream's version this view reflects. */
  readonly version: number;
  readonly registeredAt: string;
  readonly updatedAt: string;
}

export interface InstructorPost {
  readonly memberId: string | null;
  /** YYYY-MM-DD. */
  readonly since: string;
  /** YYYY-MM-DD; null while in post. */
  readonly recalledOn: string | null;
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
          organisations: NO_ORGANISATIONS,
          instructor: null,
          instructorPosts: [],
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
            organisations: seatOrganisation(doc.organisations, event.data),
            ...touched,
          }
        );
      }
      case 'PartyBuildingInstructorSent': {
        const { instructorName: name, memberId, since } = event.data;
        return (
          doc && {
            ...doc,
            instructor: { name, memberId, since },
            instructorPosts: [...doc.instructorPosts, { memberId, since, recalledOn: null }],
            ...touched,
          }
        );
      }
      case 'PartyBuildingInstructorRecalled': {
        const recall = (post: InstructorPost) =>
          post.recalledOn === null ? { ...post, recalledOn: event.data.on } : post;
        return (
          doc && {
            ...doc,
            instructor: null,
            instructorPosts: doc.instructorPosts.map(recall),
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

import { buildEnvelopes, upcast, type EnvelopeOf } from '@pb/contracts';
import type { SocietyEvent } from '@pb/domain';
import { registered, societyId } from '../../../domain/src/society/society.testing';
import { projectEvents } from './entity-projection.testing';
import { societyProjection, type SocietyView } from './society.view';

const streamId = `society-${societyId}`;
const project = (events: readonly SocietyEvent[]) =>
  projectEvents(societyProjection, streamId, events);

const organisation = {
  secretary: '李华',
  memberCount: 12,
  establishedOn: '2019-07-01',
};
const atSeat = (
  seat: 'council' | 'secretariat',
  form: 'committee' | 'branch' | 'joint-branch' | 'none',
  groups = false,
): SocietyEvent => ({
  type: 'PartyOrganisationRecorded',
  data: { societyId, seat, form, ...organisation, groups },
});

/** A record stored before seats (schema version 1), as the projector reads it: upcast. */
function storedBeforeSeats(doc: SocietyView, form: 'committee' | 'branch'): SocietyView {
  const commit = {
    streamId,
    seq: doc.version + 1,
    occurredAt: '2025-06-01T08:00:00.000Z',
    recordedAt: '2025-06-01T08:00:00.000Z',
    actor: 'office',
    correlationId: 'c',
    causationId: 'c',
    federationId: 'f',
    commandId: 'v1',
  };
  const event = { type: 'PartyOrganisationRecorded', data: { societyId, form, ...organisation } };
  // Built with the current version, then stored as version 1 wrote it: without seat and groups.
  const [current] = buildEnvelopes([atSeat('council', form)], commit, () => 'e-v1');
  const v1 = { ...current!, schemaVersion: 1, data: event.data };
  const read = upcast(v1) as EnvelopeOf<SocietyEvent>;
  const next = societyProjection.apply(doc, read);
  return { ...doc, ...next, _version: commit.seq };
}

describe('the society view', () => {
  it('opens with nothing at either seat and no instructor', () => {
    expect(project([registered])).toMatchObject({
      organisations: { council: null, secretariat: null },
      instructor: null,
      instructorPosts: [],
    });
  });

  it('places each record at its seat, and empties a seat recorded as none', () => {
    const both = project([
      registered,
      atSeat('council', 'committee', true),
      atSeat('secretariat', 'branch'),
    ]);
    expect(both?.organisations).toEqual({
      council: { form: 'committee', ...organisation, groups: true },
      secretariat: { form: 'branch', ...organisation, groups: false },
    });
    expect(both?.partyOrganisation.form).toBe('branch');
    const emptied = project([
      registered,
      atSeat('council', 'committee'),
      atSeat('secretariat', 'branch'),
      atSeat('council', 'none'),
    ]);
    expect(emptied?.organisations.council).toBeNull();
    expect(emptied?.organisations.secretariat?.form).toBe('branch');
  });

  it('reads a record stored before seats as the society’s one organisation, placed by its form', () => {
    const seated = project([
      registered,
      atSeat('council', 'committee'),
      atSeat('secretariat', 'branch'),
    ])!;
    expect(storedBeforeSeats(seated, 'branch').organisations).toEqual({
      council: null,
      secretariat: { form: 'branch', ...organisation, groups: false },
    });
    expect(storedBeforeSeats(seated, 'committee').organisations).toEqual({
      council: { form: 'committee', ...organisation, groups: false },
      secretariat: null,
    });
  });

  it('keeps the instructor in post and every posting, without names, with the day each was recalled', () => {
    const sent = (name: string, since: string, memberId: string | null): SocietyEvent => ({
      type: 'PartyBuildingInstructorSent',
      data: { societyId, instructorName: name, memberId, since },
    });
    const recalled: SocietyEvent = {
      type: 'PartyBuildingInstructorRecalled',
      data: { societyId, on: '2026-03-31', reason: '任期届满' },
    };
    const view = project([
      registered,
      sent('张强', '2026-01-10', 'm1'),
      recalled,
      sent('赵敏', '2026-04-01', null),
    ]);
    expect(view?.instructor).toEqual({ name: '赵敏', memberId: null, since: '2026-04-01' });
    expect(view?.instructorPosts).toEqual([
      { memberId: 'm1', since: '2026-01-10', recalledOn: '2026-03-31' },
      { memberId: null, since: '2026-04-01', recalledOn: null },
    ]);
    expect(JSON.stringify(view?.instructorPosts)).not.toContain('张强');
    const after = project([registered, sent('张强', '2026-01-10', 'm1'), recalled]);
    expect(after?.instructor).toBeNull();
  });
});

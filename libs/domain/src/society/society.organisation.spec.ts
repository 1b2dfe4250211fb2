import { fold } from '../shared/decider';
import { specFor } from '../shared/decider.testing';
import { societyDecider } from './society.decider';
import type { RecordPartyOrganisation } from './society.commands';
import type { PartyOrganisationRecorded, SocietyEvent } from './society.events';
import { countingOrganisation } from './society.seats';
import { deregistered, registered, societyId } from './society.testing';

const spec = specFor(societyDecider);

function recorded(data: Partial<PartyOrganisationRecorded['data']>): PartyOrganisationRecorded {
  return {
    type: 'PartyOrganisationRecorded',
    data: {
      societyId,
      seat: 'secretariat',
      form: 'branch',
      secretary: null,
      memberCount: null,
      establishedOn: null,
      groups: false,
      ...data,
    },
  };
}

function stateAfter(...events: SocietyEvent[]) {
  const state = fold(societyDecider, [registered, ...events]);
  if (state.status === 'unregistered') throw new Error('the society should be registered');
  return state;
}

const committee = {
  form: 'committee',
  secretary: '王芳',
  memberCount: 40,
  establishedOn: null,
} as const;

const record = (fields: Partial<RecordPartyOrganisation>, history: SocietyEvent[] = [registered]) =>
  spec.given(history).when({
    type: 'RecordPartyOrganisation',
    societyId,
    seat: 'secretariat',
    form: 'branch',
    ...fields,
  });

describe('society decider: party organisations at the council and the secretariat', () => {
  describe('RecordPartyOrganisation', () => {
    it('records the seat, the form, the secretary, the member count, the date and the groups', () =>
      record({
        secretary: '张伟',
        memberCount: 35,
        establishedOn: '2019-07-01',
        groups: true,
      }).then([
        recorded({ secretary: '张伟', memberCount: 35, establishedOn: '2019-07-01', groups: true }),
      ]));

    it('records no groups when the command leaves them out', () =>
      record({ seat: 'council', form: 'committee' }).then([
        recorded({ seat: 'council', form: 'committee' }),
      ]));

    it('clears the details and the groups when the seat has no party organisation', () =>
      record({
        seat: 'council',
        form: 'none',
        secretary: '张伟',
        memberCount: 3,
        groups: true,
      }).then([recorded({ seat: 'council', form: 'none' })]));

    it('refuses a seat that is neither the council nor the secretariat', () =>
      record({ seat: 'board' as 'council' }).thenFails('VALUE.NOT_ALLOWED', 'seat'));

    it('refuses a negative member count', () =>
      record({ memberCount: -1 }).thenFails('NUMBER.NOT_WHOLE', 'memberCount'));

    it('refuses an unknown or deregistered society', () => {
      record({}, []).thenFails('SOCIETY.NOT_FOUND');
      record({}, [registered, deregistered]).thenFails('SOCIETY.DEREGISTERED');
    });
  });

  describe('the seats', () => {
    it('keeps a record at each seat apart, and the latest as the party organisation', () => {
      const state = stateAfter(
        recorded({ seat: 'council', ...committee }),
        recorded({ seat: 'secretariat', form: 'branch', groups: true }),
      );
      expect(state.organisations).toEqual({
        council: { ...committee, groups: false },
        secretariat: {
          form: 'branch',
          secretary: null,
          memberCount: null,
          establishedOn: null,
          groups: true,
        },
      });
      expect(state.partyOrganisation.form).toBe('branch');
      expect(countingOrganisation(state.organisations)?.form).toBe('committee');
    });

    it('empties only the seat recorded with form none', () => {
      const state = stateAfter(
        recorded({ seat: 'council', ...committee }),
        recorded({ seat: 'secretariat', form: 'branch' }),
        recorded({ seat: 'council', form: 'none' }),
      );
      expect(state.organisations.council).toBeNull();
      expect(state.organisations.secretariat?.form).toBe('branch');
      expect(countingOrganisation(state.organisations)?.form).toBe('branch');
    });

    it('reads a record without a seat as the society’s one organisation, placed by its form', () => {
      const bothSeats = [
        recorded({ seat: 'council', ...committee }),
        recorded({ seat: 'secretariat', form: 'branch' }),
      ];
      expect(
        stateAfter(...bothSeats, recorded({ seat: null, ...committee })).organisations,
      ).toEqual({ council: { ...committee, groups: false }, secretariat: null });
      expect(
        stateAfter(...bothSeats, recorded({ seat: null, form: 'joint-branch' })).organisations,
      ).toEqual({
        council: null,
        secretariat: {
          form: 'joint-branch',
          secretary: null,
          memberCount: null,
          establishedOn: null,
          groups: false,
        },
      });
      const none = stateAfter(...bothSeats, recorded({ seat: null, form: 'none' }));
      expect(none.organisations).toEqual({ council: null, secretariat: null });
      expect(countingOrganisation(none.organisations)).toBeNull();
    });

    it('starts with nothing at either seat', () => {
      expect(stateAfter().organisations).toEqual({ council: null, secretariat: null });
    });
  });
});

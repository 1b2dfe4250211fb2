import type { SocietyState } from '../society/society.state';
import {
  inPopulation,
  parsePopulationCriterion,
  populationCriterionText,
} from './inspection-batch.population';

const society = (
  status: 'registered' | 'deregistered',
  form: 'committee' | 'branch' | 'none',
): SocietyState => ({
  status,
  name: '天津市机械工程学会',
  kind: 'society',
  creditCode: null,
  partyOrganisation: { form, secretary: null, memberCount: null, establishedOn: null },
  organisations: { council: null, secretariat: null },
  instructor: null,
  instructorRecalledOn: null,
});

describe('the population criterion of an inspection batch', () => {
  it('records the forms in their listed order without repeats, and reads them back', () => {
    const text = populationCriterionText({
      partyOrganisationForms: ['branch', 'committee', 'branch'],
    });
    expect(text).toBe('{"partyOrganisationForms":["committee","branch"]}');
    expect(parsePopulationCriterion(text)).toEqual({
      partyOrganisationForms: ['committee', 'branch'],
    });
    expect(populationCriterionText({ partyOrganisationForms: null })).toBe(
      '{"partyOrganisationForms":null}',
    );
  });

  it('reads words, other JSON and unknown forms as no criterion', () => {
    expect(parsePopulationCriterion('已登记且设立党委的学会')).toBeNull();
    expect(parsePopulationCriterion('[]')).toBeNull();
    expect(parsePopulationCriterion('{"partyOrganisationForms":["cell"]}')).toBeNull();
    expect(parsePopulationCriterion('{"partyOrganisationForms":"committee"}')).toBeNull();
  });

  it('admits registered societies of the named forms, or every registered one', () => {
    const committees = { partyOrganisationForms: ['committee'] as const };
    expect(inPopulation(committees, society('registered', 'committee'))).toBe(true);
    expect(inPopulation(committees, society('registered', 'branch'))).toBe(false);
    expect(inPopulation(committees, society('deregistered', 'committee'))).toBe(false);
    expect(inPopulation({ partyOrganisationForms: null }, society('registered', 'none'))).toBe(
      true,
    );
    expect(inPopulation({ partyOrganisationForms: null }, { status: 'unregistered' })).toBe(false);
  });
});

import { creditCodeCheckCharacter, isValidCreditCode } from '../shared/credit-code';
import { specFor } from '../shared/decider.testing';
import { societyDecider } from './society.decider';
import { deregistered, registered, societyId } from './society.testing';

const spec = specFor(societyDecider);
const validCode = '91350100M000100Y43';

describe('society decider', () => {
  describe('RegisterSociety', () => {
    it('registers a new society with its normalised name', () =>
      spec
        .given()
        .when({
          type: 'RegisterSociety',
          societyId,
          name: '\u3000天津市机械工程学会 ',
          kind: 'society',
        })
        .then([registered]));

    it('upper-cases and keeps a valid credit code', () =>
      spec
        .given()
        .when({
          type: 'RegisterSociety',
          societyId,
          name: '天津市机械工程学会',
          kind: 'society',
          creditCode: validCode.toLowerCase(),
        })
        .then([
          {
            type: 'SocietyRegistered',
            data: {
              societyId,
              name: '天津市机械工程学会',
              kind: 'society',
              creditCode: validCode,
              shortName: null,
            },
          },
        ]));

    it('refuses a credit code whose check character is wrong', () =>
      spec
        .given()
        .when({
          type: 'RegisterSociety',
          societyId,
          name: '学会',
          kind: 'society',
          creditCode: '91350100M000100Y44',
        })
        .thenFails('SOCIETY.CREDIT_CODE_INVALID', 'creditCode'));

    it('refuses a blank name', () =>
      spec
        .given()
        .when({ type: 'RegisterSociety', societyId, name: ' \u3000 ', kind: 'society' })
        .thenFails('TEXT.EMPTY', 'name'));

    it('refuses a name longer than 100 characters, counted as characters not bytes', () => {
      spec
        .given()
        .when({ type: 'RegisterSociety', societyId, name: '学'.repeat(100), kind: 'society' })
        .then([
          {
            type: 'SocietyRegistered',
            data: {
              societyId,
              name: '学'.repeat(100),
              kind: 'society',
              creditCode: null,
              shortName: null,
            },
          },
        ]);
      spec
        .given()
        .when({ type: 'RegisterSociety', societyId, name: '学'.repeat(101), kind: 'society' })
        .thenFails('TEXT.TOO_LONG', 'name');
    });

    it('keeps a short name (学会简称), trimmed like the name', () =>
      spec
        .given()
        .when({
          type: 'RegisterSociety',
          societyId,
          name: '天津市机械工程学会',
          kind: 'society',
          shortName: ' 机械学会\u3000',
        })
        .then([{ ...registered, data: { ...registered.data, shortName: '机械学会' } }]));

    it('refuses a blank short name and one longer than 30 characters', () => {
      const register = (shortName: string) =>
        spec.given().when({
          type: 'RegisterSociety',
          societyId,
          name: '天津市机械工程学会',
          kind: 'society',
          shortName,
        });
      register(' \u3000 ').thenFails('TEXT.EMPTY', 'shortName');
      register('机'.repeat(31)).thenFails('TEXT.TOO_LONG', 'shortName');
    });

    it('refuses to register the same society twice', () =>
      spec
        .given([registered])
        .when({ type: 'RegisterSociety', societyId, name: '天津市机械工程学会', kind: 'society' })
        .thenFails('SOCIETY.ALREADY_REGISTERED'));
  });

  describe('RenameSociety', () => {
    it('renames and records the previous name and the reason', () =>
      spec
        .given([registered])
        .when({
          type: 'RenameSociety',
          societyId,
          name: '天津市机械工程学会（更名）',
          reason: '章程修改',
        })
        .then([
          {
            type: 'SocietyRenamed',
            data: {
              societyId,
              name: '天津市机械工程学会（更名）',
              previousName: '天津市机械工程学会',
              reason: '章程修改',
            },
          },
        ]));

    it('does nothing when the name is unchanged', () =>
      spec
        .given([registered])
        .when({ type: 'RenameSociety', societyId, name: '天津市机械工程学会' })
        .thenNothing());

    it('refuses an unknown society', () =>
      spec
        .given()
        .when({ type: 'RenameSociety', societyId, name: '新名' })
        .thenFails('SOCIETY.NOT_FOUND'));

    it('refuses a deregistered society', () =>
      spec
        .given([registered, deregistered])
        .when({ type: 'RenameSociety', societyId, name: '新名' })
        .thenFails('SOCIETY.DEREGISTERED'));
  });

  describe('DeregisterSociety', () => {
    it('deregisters with a reason', () =>
      spec
        .given([registered])
        .when({ type: 'DeregisterSociety', societyId, reason: '注销登记' })
        .then([deregistered]));

    it('refuses to deregister twice', () =>
      spec
        .given([registered, deregistered])
        .when({ type: 'DeregisterSociety', societyId, reason: '再次' })
        .thenFails('SOCIETY.DEREGISTERED'));
  });
});

describe('unified social credit code', () => {
  it('accepts a code whose check character matches and rejects one that does not', () => {
    expect(isValidCreditCode(validCode)).toBe(true);
    expect(isValidCreditCode('91350100M000100Y4X')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100YI3')).toBe(false);
  });

  it('computes the check character of any 17 characters', () => {
    expect(creditCodeCheckCharacter(validCode.slice(0, 17))).toBe('3');
  });
});

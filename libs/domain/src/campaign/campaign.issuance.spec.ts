import { fold } from '../shared/decider';
import { specFor } from '../shared/decider.testing';
import type { CampaignCommand, CampaignIssuanceInput } from './campaign.commands';
import type { CampaignEvent } from './campaign.events';
import { campaignDecider } from './campaign.decider';
import { NO_ISSUANCE, type CampaignIssuance } from './campaign.state';

const spec = specFor(campaignDecider);
const campaignId = '8d2f6a14-1e3b-4c7d-9b20-3f4e5a6b7c01';
const title = '学习贯彻“七一”重要讲话精神宣讲活动';
const issuance = {
  issuedBy: '中共天津市科协科技社团委员会',
  issuedOn: '2021-07-12',
  documentNumber: '科协党发〔2021〕12号',
};
const period = { description: null, startsOn: null, endsOn: null };

const drafted = (fields: CampaignIssuance = issuance): CampaignEvent => ({
  type: 'CampaignDrafted',
  data: { campaignId, title, ...period, ...fields },
});
const amended = (fields: CampaignIssuance = issuance): CampaignEvent => ({
  type: 'CampaignAmended',
  data: {
    campaignId,
    title,
    description: null,
    endsOn: null,
    targets: null,
    reason: null,
    ...fields,
  },
});

const draft = (fields: CampaignIssuanceInput = {}): CampaignCommand => ({
  type: 'DraftCampaign',
  campaignId,
  title,
  ...fields,
});

describe('a campaign’s 发文单位, 发文日期 and 文号', () => {
  it('drafts a campaign with the directive’s issuer, date and number, names normalised', () =>
    spec
      .given()
      .when(
        draft({
          issuedBy: `\u3000${issuance.issuedBy} `,
          issuedOn: issuance.issuedOn,
          documentNumber: ` ${issuance.documentNumber}`,
        }),
      )
      .then([drafted()]));

  it('drafts a campaign without them as none yet', () =>
    spec
      .given()
      .when(draft())
      .then([drafted(NO_ISSUANCE)]));

  it.each([
    ['issuedBy', '科'.repeat(101), 'TEXT.TOO_LONG'],
    ['issuedBy', ' \u3000', 'TEXT.EMPTY'],
    ['documentNumber', '号'.repeat(51), 'TEXT.TOO_LONG'],
    ['issuedOn', '2021-02-30', 'DATE.INVALID'],
    ['issuedOn', '2021/07/12', 'DATE.INVALID'],
  ])('refuses a draft whose %s is %j with %s', (field, value, code) =>
    spec
      .given()
      .when(draft({ [field]: value }))
      .thenFails(code, field),
  );

  it('takes 100 characters of issuer and 50 of number', () =>
    spec
      .given()
      .when(draft({ issuedBy: '科'.repeat(100), documentNumber: '号'.repeat(50) }))
      .then([
        drafted({ ...NO_ISSUANCE, issuedBy: '科'.repeat(100), documentNumber: '号'.repeat(50) }),
      ]));

  it('amends the number alone and carries the issuer and date as they were', () =>
    spec
      .given([drafted({ ...issuance, documentNumber: null })])
      .when({ type: 'AmendCampaign', campaignId, documentNumber: issuance.documentNumber })
      .then([amended()]));

  it('keeps all three when an amendment leaves them out', () =>
    spec.given([drafted()]).when({ type: 'AmendCampaign', campaignId, title }).then([amended()]));

  it('refuses an amendment whose date does not exist', () =>
    spec
      .given([drafted()])
      .when({ type: 'AmendCampaign', campaignId, issuedOn: '2021-06-31' })
      .thenFails('DATE.INVALID', 'issuedOn'));

  it('reads an amendment written before these fields (nulls after upcasting) as changing none', () => {
    const state = fold(campaignDecider, [drafted(), amended(NO_ISSUANCE)]);
    expect(state).toMatchObject(issuance);
    spec
      .given([drafted(), amended(NO_ISSUANCE)])
      .when({ type: 'AmendCampaign', campaignId, title })
      .then([amended()]);
  });

  it('folds them into the state of a campaign drafted before them as none', () =>
    expect(fold(campaignDecider, [drafted(NO_ISSUANCE), amended(NO_ISSUANCE)])).toMatchObject(
      NO_ISSUANCE,
    ));
});

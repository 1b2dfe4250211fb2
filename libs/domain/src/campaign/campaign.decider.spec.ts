import { fold } from '../shared/decider';
import { specFor } from '../shared/decider.testing';
import type { CampaignEvent } from './campaign.events';
import { campaignDecider } from './campaign.decider';
import { NO_ISSUANCE } from './campaign.state';
import { liaisonWarnings } from './campaign.liaison-load';

const spec = specFor(campaignDecider);
const campaignId = '8d2f6a14-1e3b-4c7d-9b20-3f4e5a6b7c01';
const societyId = '6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10';
const liaisonId = '2b8e4f61-7c3a-4d9e-8f12-5a6b7c8d9e01';
const otherLiaisonId = '4c9a1d37-8e2b-4f6c-a031-7b8c9d0e1f02';
const title = '学习贯彻“七一”重要讲话精神宣讲活动';
const targets = { lecturesPerSociety: 2, serviceTasksPerSociety: 1 };
const facts = { societyStatus: 'registered', liaisonStatus: 'active' } as const;

const drafted: CampaignEvent = {
  type: 'CampaignDrafted',
  data: { ...NO_ISSUANCE, campaignId, title, description: null, startsOn: null, endsOn: null },
};
const launched: CampaignEvent = {
  type: 'CampaignLaunched',
  data: { campaignId, startsOn: '2026-03-01', endsOn: '2026-06-30', targets },
};
const closed: CampaignEvent = { type: 'CampaignClosed', data: { campaignId, reason: null } };
const assigned: CampaignEvent = {
  type: 'SocietyAssigned',
  data: { campaignId, societyId, liaisonId },
};
const moved: CampaignEvent = {
  type: 'SocietyReassigned',
  data: {
    campaignId,
    societyId,
    liaisonId: otherLiaisonId,
    previousLiaisonId: liaisonId,
    reason: '联络员工作调整',
  },
};
const withdrawn: CampaignEvent = {
  type: 'AssignmentWithdrawn',
  data: { campaignId, societyId, previousLiaisonId: liaisonId, reason: '学会申请退出本次活动' },
};

const societyNo = (n: number) => `9a3e7c10-4b2d-4f6a-8c1e-${String(n).padStart(12, '0')}`;
const assignments = (liaison: string, from: number, count: number): CampaignEvent[] =>
  Array.from({ length: count }, (_, i) => ({
    type: 'SocietyAssigned',
    data: { campaignId, societyId: societyNo(from + i), liaisonId: liaison },
  }));

describe('campaign decider', () => {
  describe('DraftCampaign', () => {
    it('drafts a campaign with the normalised title, the description and the period', () =>
      spec
        .given()
        .when({
          type: 'DraftCampaign',
          campaignId,
          title: `\u3000${title} `,
          description: '面向全市学会开展宣讲',
          startsOn: '2026-03-01',
          endsOn: '2026-06-30',
        })
        .then([
          {
            type: 'CampaignDrafted',
            data: {
              ...NO_ISSUANCE,
              campaignId,
              title,
              description: '面向全市学会开展宣讲',
              startsOn: '2026-03-01',
              endsOn: '2026-06-30',
            },
          },
        ]));

    it('drafts a campaign with no description and no period yet', () =>
      spec.given().when({ type: 'DraftCampaign', campaignId, title }).then([drafted]));

    it('accepts an end date alone', () =>
      spec
        .given()
        .when({ type: 'DraftCampaign', campaignId, title, endsOn: '2026-06-30' })
        .then([
          {
            type: 'CampaignDrafted',
            data: {
              ...NO_ISSUANCE,
              campaignId,
              title,
              description: null,
              startsOn: null,
              endsOn: '2026-06-30',
            },
          },
        ]));

    it('accepts a campaign that starts and ends on the same day', () =>
      spec
        .given()
        .when({
          type: 'DraftCampaign',
          campaignId,
          title,
          startsOn: '2026-07-01',
          endsOn: '2026-07-01',
        })
        .then([
          {
            type: 'CampaignDrafted',
            data: {
              ...NO_ISSUANCE,
              campaignId,
              title,
              description: null,
              startsOn: '2026-07-01',
              endsOn: '2026-07-01',
            },
          },
        ]));

    it('refuses an end before the start', () =>
      spec
        .given()
        .when({
          type: 'DraftCampaign',
          campaignId,
          title,
          startsOn: '2026-06-30',
          endsOn: '2026-03-01',
        })
        .thenFails('CAMPAIGN.PERIOD_INVALID', 'endsOn'));

    it('refuses a start date that does not exist', () =>
      spec
        .given()
        .when({ type: 'DraftCampaign', campaignId, title, startsOn: '2026-02-30' })
        .thenFails('DATE.INVALID', 'startsOn'));

    it('refuses an end date not written YYYY-MM-DD', () =>
      spec
        .given()
        .when({ type: 'DraftCampaign', campaignId, title, endsOn: '2026/06/30' })
        .thenFails('DATE.INVALID', 'endsOn'));

    it('refuses a blank title', () =>
      spec
        .given()
        .when({ type: 'DraftCampaign', campaignId, title: ' \u3000 ' })
        .thenFails('TEXT.EMPTY', 'title'));

    it('refuses a title longer than 200 characters', () =>
      spec
        .given()
        .when({ type: 'DraftCampaign', campaignId, title: '学'.repeat(201) })
        .thenFails('TEXT.TOO_LONG', 'title'));

    it('refuses a description longer than 5000 characters', () =>
      spec
        .given()
        .when({ type: 'DraftCampaign', campaignId, title, description: '讲'.repeat(5001) })
        .thenFails('TEXT.TOO_LONG', 'description'));

    it('refuses to draft the same campaign twice', () =>
      spec
        .given([drafted])
        .when({ type: 'DraftCampaign', campaignId, title })
        .thenFails('CAMPAIGN.ALREADY_EXISTS'));
  });

  describe('AmendCampaign', () => {
    it('amends a draft without a reason and keeps what is not amended', () =>
      spec
        .given([drafted])
        .when({ type: 'AmendCampaign', campaignId, title: '学习贯彻“七一”重要讲话精神专题宣讲' })
        .then([
          {
            type: 'CampaignAmended',
            data: {
              ...NO_ISSUANCE,
              campaignId,
              title: '学习贯彻“七一”重要讲话精神专题宣讲',
              description: null,
              endsOn: null,
              targets: null,
              reason: null,
            },
          },
        ]));

    it('amends the description, the end and the targets of a draft', () =>
      spec
        .given([drafted])
        .when({
          type: 'AmendCampaign',
          campaignId,
          description: '覆盖全市各学会',
          endsOn: '2026-09-30',
          targets: { lecturesPerSociety: 3, serviceTasksPerSociety: 2 },
        })
        .then([
          {
            type: 'CampaignAmended',
            data: {
              ...NO_ISSUANCE,
              campaignId,
              title,
              description: '覆盖全市各学会',
              endsOn: '2026-09-30',
              targets: { lecturesPerSociety: 3, serviceTasksPerSociety: 2 },
              reason: null,
            },
          },
        ]));

    it('keeps the title, end and targets of an earlier amendment', () =>
      spec
        .given([
          drafted,
          {
            type: 'CampaignAmended',
            data: {
              ...NO_ISSUANCE,
              campaignId,
              title: '专题宣讲',
              description: null,
              endsOn: '2026-09-30',
              targets: { lecturesPerSociety: 3, serviceTasksPerSociety: 2 },
              reason: null,
            },
          },
        ])
        .when({ type: 'AmendCampaign', campaignId, description: '覆盖全市各学会' })
        .then([
          {
            type: 'CampaignAmended',
            data: {
              ...NO_ISSUANCE,
              campaignId,
              title: '专题宣讲',
              description: '覆盖全市各学会',
              endsOn: '2026-09-30',
              targets: { lecturesPerSociety: 3, serviceTasksPerSociety: 2 },
              reason: null,
            },
          },
        ]));

    it('needs a reason once the campaign is launched', () =>
      spec
        .given([drafted, launched])
        .when({ type: 'AmendCampaign', campaignId, endsOn: '2026-07-31' })
        .thenFails('CAMPAIGN.REASON_REQUIRED', 'reason'));

    it('amends a launched campaign with a reason and keeps the launched period and targets', () =>
      spec
        .given([drafted, launched])
        .when({ type: 'AmendCampaign', campaignId, endsOn: '2026-07-31', reason: '延长活动时间' })
        .then([
          {
            type: 'CampaignAmended',
            data: {
              ...NO_ISSUANCE,
              campaignId,
              title,
              description: null,
              endsOn: '2026-07-31',
              targets,
              reason: '延长活动时间',
            },
          },
        ]));

    it('amends the targets of a launched campaign', () =>
      spec
        .given([drafted, launched])
        .when({
          type: 'AmendCampaign',
          campaignId,
          targets: { lecturesPerSociety: 0, serviceTasksPerSociety: 100 },
          reason: '调整目标',
        })
        .then([
          {
            type: 'CampaignAmended',
            data: {
              ...NO_ISSUANCE,
              campaignId,
              title,
              description: null,
              endsOn: '2026-06-30',
              targets: { lecturesPerSociety: 0, serviceTasksPerSociety: 100 },
              reason: '调整目标',
            },
          },
        ]));

    it('refuses a blank reason on a launched campaign', () =>
      spec
        .given([drafted, launched])
        .when({ type: 'AmendCampaign', campaignId, title: '新标题', reason: '\u3000' })
        .thenFails('TEXT.EMPTY', 'reason'));

    it('refuses an end before the start of the launched period', () =>
      spec
        .given([drafted, launched])
        .when({ type: 'AmendCampaign', campaignId, endsOn: '2026-02-28', reason: '提前结束' })
        .thenFails('CAMPAIGN.PERIOD_INVALID', 'endsOn'));

    it('refuses an end before the start of the drafted period', () =>
      spec
        .given([
          {
            type: 'CampaignDrafted',
            data: {
              ...NO_ISSUANCE,
              campaignId,
              title,
              description: null,
              startsOn: '2026-03-01',
              endsOn: null,
            },
          },
        ])
        .when({ type: 'AmendCampaign', campaignId, endsOn: '2026-02-01' })
        .thenFails('CAMPAIGN.PERIOD_INVALID', 'endsOn'));

    it('refuses an end date that does not exist', () =>
      spec
        .given([drafted])
        .when({ type: 'AmendCampaign', campaignId, endsOn: '2026-04-31' })
        .thenFails('DATE.INVALID', 'endsOn'));

    it('refuses a blank title', () =>
      spec
        .given([drafted])
        .when({ type: 'AmendCampaign', campaignId, title: ' ' })
        .thenFails('TEXT.EMPTY', 'title'));

    it('refuses a description longer than 5000 characters', () =>
      spec
        .given([drafted])
        .when({ type: 'AmendCampaign', campaignId, description: '讲'.repeat(5001) })
        .thenFails('TEXT.TOO_LONG', 'description'));

    it('refuses a negative lecture target', () =>
      spec
        .given([drafted])
        .when({
          type: 'AmendCampaign',
          campaignId,
          targets: { lecturesPerSociety: -1, serviceTasksPerSociety: 1 },
        })
        .thenFails('NUMBER.OUT_OF_RANGE', 'targets.lecturesPerSociety'));

    it('refuses a service task target above 100 or not whole', () => {
      spec
        .given([drafted])
        .when({
          type: 'AmendCampaign',
          campaignId,
          targets: { lecturesPerSociety: 2, serviceTasksPerSociety: 101 },
        })
        .thenFails('NUMBER.OUT_OF_RANGE', 'targets.serviceTasksPerSociety');
      spec
        .given([drafted])
        .when({
          type: 'AmendCampaign',
          campaignId,
          targets: { lecturesPerSociety: 2, serviceTasksPerSociety: 1.5 },
        })
        .thenFails('NUMBER.OUT_OF_RANGE', 'targets.serviceTasksPerSociety');
    });

    it('refuses an unknown campaign', () =>
      spec
        .given()
        .when({ type: 'AmendCampaign', campaignId, title: '新标题' })
        .thenFails('CAMPAIGN.NOT_FOUND'));

    it('refuses a closed campaign', () =>
      spec
        .given([drafted, launched, closed])
        .when({ type: 'AmendCampaign', campaignId, title: '新标题', reason: '补充说明' })
        .thenFails('CAMPAIGN.CLOSED'));
  });

  describe('LaunchCampaign', () => {
    it('launches a draft with its period and targets', () =>
      spec
        .given([drafted])
        .when({
          type: 'LaunchCampaign',
          campaignId,
          startsOn: '2026-03-01',
          endsOn: '2026-06-30',
          targets,
        })
        .then([launched]));

    it('replaces the drafted period and the amended targets', () =>
      spec
        .given([
          {
            type: 'CampaignDrafted',
            data: {
              ...NO_ISSUANCE,
              campaignId,
              title,
              description: null,
              startsOn: '2026-02-01',
              endsOn: '2026-05-31',
            },
          },
          {
            type: 'CampaignAmended',
            data: {
              ...NO_ISSUANCE,
              campaignId,
              title,
              description: null,
              endsOn: '2026-05-31',
              targets: { lecturesPerSociety: 5, serviceTasksPerSociety: 5 },
              reason: null,
            },
          },
        ])
        .when({
          type: 'LaunchCampaign',
          campaignId,
          startsOn: '2026-03-01',
          endsOn: '2026-06-30',
          targets,
        })
        .then([launched]));

    it('refuses an end before the start', () =>
      spec
        .given([drafted])
        .when({
          type: 'LaunchCampaign',
          campaignId,
          startsOn: '2026-06-30',
          endsOn: '2026-03-01',
          targets,
        })
        .thenFails('CAMPAIGN.PERIOD_INVALID', 'endsOn'));

    it('refuses a start date that does not exist', () =>
      spec
        .given([drafted])
        .when({
          type: 'LaunchCampaign',
          campaignId,
          startsOn: '2026-02-30',
          endsOn: '2026-06-30',
          targets,
        })
        .thenFails('DATE.INVALID', 'startsOn'));

    it('refuses an end date that does not exist', () =>
      spec
        .given([drafted])
        .when({
          type: 'LaunchCampaign',
          campaignId,
          startsOn: '2026-03-01',
          endsOn: '2026-06-31',
          targets,
        })
        .thenFails('DATE.INVALID', 'endsOn'));

    it('refuses targets out of range', () =>
      spec
        .given([drafted])
        .when({
          type: 'LaunchCampaign',
          campaignId,
          startsOn: '2026-03-01',
          endsOn: '2026-06-30',
          targets: { lecturesPerSociety: 101, serviceTasksPerSociety: 1 },
        })
        .thenFails('NUMBER.OUT_OF_RANGE', 'targets.lecturesPerSociety'));

    it('refuses an unknown campaign', () =>
      spec
        .given()
        .when({
          type: 'LaunchCampaign',
          campaignId,
          startsOn: '2026-03-01',
          endsOn: '2026-06-30',
          targets,
        })
        .thenFails('CAMPAIGN.NOT_FOUND'));

    it('refuses to launch a campaign twice', () =>
      spec
        .given([drafted, launched])
        .when({
          type: 'LaunchCampaign',
          campaignId,
          startsOn: '2026-03-01',
          endsOn: '2026-06-30',
          targets,
        })
        .thenFails('CAMPAIGN.NOT_DRAFT'));

    it('refuses to launch a closed campaign', () =>
      spec
        .given([drafted, launched, closed])
        .when({
          type: 'LaunchCampaign',
          campaignId,
          startsOn: '2026-03-01',
          endsOn: '2026-06-30',
          targets,
        })
        .thenFails('CAMPAIGN.NOT_DRAFT'));
  });

  describe('CloseCampaign', () => {
    it('closes a launched campaign with the reason', () =>
      spec
        .given([drafted, launched])
        .when({ type: 'CloseCampaign', campaignId, reason: '活动圆满结束' })
        .then([{ type: 'CampaignClosed', data: { campaignId, reason: '活动圆满结束' } }]));

    it('closes a launched campaign without a reason', () =>
      spec.given([drafted, launched]).when({ type: 'CloseCampaign', campaignId }).then([closed]));

    it('refuses a blank reason when one is given', () =>
      spec
        .given([drafted, launched])
        .when({ type: 'CloseCampaign', campaignId, reason: ' ' })
        .thenFails('TEXT.EMPTY', 'reason'));

    it('refuses to close a draft', () =>
      spec
        .given([drafted])
        .when({ type: 'CloseCampaign', campaignId })
        .thenFails('CAMPAIGN.NOT_LAUNCHED'));

    it('refuses to close a campaign twice', () =>
      spec
        .given([drafted, launched, closed])
        .when({ type: 'CloseCampaign', campaignId })
        .thenFails('CAMPAIGN.NOT_LAUNCHED'));

    it('refuses an unknown campaign', () =>
      spec.given().when({ type: 'CloseCampaign', campaignId }).thenFails('CAMPAIGN.NOT_FOUND'));
  });

  describe('AssignSociety', () => {
    it('assigns a society to a liaison in a launched campaign', () =>
      spec
        .given([drafted, launched])
        .when({ type: 'AssignSociety', campaignId, societyId, liaisonId, ...facts })
        .then([assigned]));

    it('assigns a society to a liaison while the campaign is still a draft', () =>
      spec
        .given([drafted])
        .when({ type: 'AssignSociety', campaignId, societyId, liaisonId, ...facts })
        .then([assigned]));

    it('does nothing when the society already has this liaison', () =>
      spec
        .given([drafted, launched, assigned])
        .when({ type: 'AssignSociety', campaignId, societyId, liaisonId, ...facts })
        .thenNothing());

    it('does nothing when the society already has this liaison, even if the liaison has since retired', () =>
      spec
        .given([drafted, launched, assigned])
        .when({
          type: 'AssignSociety',
          campaignId,
          societyId,
          liaisonId,
          societyStatus: 'registered',
          liaisonStatus: 'retired',
        })
        .thenNothing());

    it('refuses a society that already has another liaison', () =>
      spec
        .given([drafted, launched, assigned])
        .when({ type: 'AssignSociety', campaignId, societyId, liaisonId: otherLiaisonId, ...facts })
        .thenFails('ASSIGNMENT.ALREADY_ASSIGNED', 'societyId'));

    it('refuses the former liaison of a society that was moved', () =>
      spec
        .given([drafted, launched, assigned, moved])
        .when({ type: 'AssignSociety', campaignId, societyId, liaisonId, ...facts })
        .thenFails('ASSIGNMENT.ALREADY_ASSIGNED', 'societyId'));

    it('assigns again a society whose assignment was withdrawn', () =>
      spec
        .given([drafted, launched, assigned, withdrawn])
        .when({ type: 'AssignSociety', campaignId, societyId, liaisonId: otherLiaisonId, ...facts })
        .then([
          { type: 'SocietyAssigned', data: { campaignId, societyId, liaisonId: otherLiaisonId } },
        ]));

    it('refuses a society that does not exist', () =>
      spec
        .given([drafted, launched])
        .when({
          type: 'AssignSociety',
          campaignId,
          societyId,
          liaisonId,
          societyStatus: 'unregistered',
          liaisonStatus: 'active',
        })
        .thenFails('SOCIETY.NOT_FOUND'));

    it('gives no new assignment to a deregistered society', () =>
      spec
        .given([drafted, launched])
        .when({
          type: 'AssignSociety',
          campaignId,
          societyId,
          liaisonId,
          societyStatus: 'deregistered',
          liaisonStatus: 'active',
        })
        .thenFails('SOCIETY.DEREGISTERED'));

    it('refuses a liaison who does not exist', () =>
      spec
        .given([drafted, launched])
        .when({
          type: 'AssignSociety',
          campaignId,
          societyId,
          liaisonId,
          societyStatus: 'registered',
          liaisonStatus: 'unregistered',
        })
        .thenFails('MEMBER.NOT_FOUND'));

    it('gives no new assignment to a retired liaison', () =>
      spec
        .given([drafted, launched])
        .when({
          type: 'AssignSociety',
          campaignId,
          societyId,
          liaisonId,
          societyStatus: 'registered',
          liaisonStatus: 'retired',
        })
        .thenFails('MEMBER.RETIRED'));

    it('refuses an unknown campaign', () =>
      spec
        .given()
        .when({ type: 'AssignSociety', campaignId, societyId, liaisonId, ...facts })
        .thenFails('CAMPAIGN.NOT_FOUND'));

    it('refuses a closed campaign', () =>
      spec
        .given([drafted, launched, closed])
        .when({ type: 'AssignSociety', campaignId, societyId, liaisonId, ...facts })
        .thenFails('CAMPAIGN.CLOSED'));
  });

  describe('MoveAssignment', () => {
    it('moves a society to another liaison and records the previous liaison and the reason', () =>
      spec
        .given([drafted, launched, assigned])
        .when({
          type: 'MoveAssignment',
          campaignId,
          societyId,
          liaisonId: otherLiaisonId,
          reason: ' 联络员工作调整 ',
          ...facts,
        })
        .then([moved]));

    it('takes the previous liaison from the latest move', () =>
      spec
        .given([drafted, launched, assigned, moved])
        .when({
          type: 'MoveAssignment',
          campaignId,
          societyId,
          liaisonId,
          reason: '恢复原联络员',
          ...facts,
        })
        .then([
          {
            type: 'SocietyReassigned',
            data: {
              campaignId,
              societyId,
              liaisonId,
              previousLiaisonId: otherLiaisonId,
              reason: '恢复原联络员',
            },
          },
        ]));

    it('does nothing when the society already has this liaison', () =>
      spec
        .given([drafted, launched, assigned])
        .when({
          type: 'MoveAssignment',
          campaignId,
          societyId,
          liaisonId,
          reason: '重复提交',
          ...facts,
        })
        .thenNothing());

    it('refuses a society that is not assigned', () =>
      spec
        .given([drafted, launched])
        .when({
          type: 'MoveAssignment',
          campaignId,
          societyId,
          liaisonId: otherLiaisonId,
          reason: '调整',
          ...facts,
        })
        .thenFails('ASSIGNMENT.NOT_ASSIGNED', 'societyId'));

    it('refuses a society whose assignment was withdrawn', () =>
      spec
        .given([drafted, launched, assigned, withdrawn])
        .when({
          type: 'MoveAssignment',
          campaignId,
          societyId,
          liaisonId: otherLiaisonId,
          reason: '调整',
          ...facts,
        })
        .thenFails('ASSIGNMENT.NOT_ASSIGNED', 'societyId'));

    it('refuses a society that does not exist', () =>
      spec
        .given([drafted, launched, assigned])
        .when({
          type: 'MoveAssignment',
          campaignId,
          societyId,
          liaisonId: otherLiaisonId,
          reason: '调整',
          societyStatus: 'unregistered',
          liaisonStatus: 'active',
        })
        .thenFails('SOCIETY.NOT_FOUND'));

    it('gives no new assignment to a deregistered society', () =>
      spec
        .given([drafted, launched, assigned])
        .when({
          type: 'MoveAssignment',
          campaignId,
          societyId,
          liaisonId: otherLiaisonId,
          reason: '调整',
          societyStatus: 'deregistered',
          liaisonStatus: 'active',
        })
        .thenFails('SOCIETY.DEREGISTERED'));

    it('refuses a liaison who does not exist', () =>
      spec
        .given([drafted, launched, assigned])
        .when({
          type: 'MoveAssignment',
          campaignId,
          societyId,
          liaisonId: otherLiaisonId,
          reason: '调整',
          societyStatus: 'registered',
          liaisonStatus: 'unregistered',
        })
        .thenFails('MEMBER.NOT_FOUND'));

    it('gives no new assignment to a retired liaison', () =>
      spec
        .given([drafted, launched, assigned])
        .when({
          type: 'MoveAssignment',
          campaignId,
          societyId,
          liaisonId: otherLiaisonId,
          reason: '调整',
          societyStatus: 'registered',
          liaisonStatus: 'retired',
        })
        .thenFails('MEMBER.RETIRED'));

    it('refuses a blank reason', () =>
      spec
        .given([drafted, launched, assigned])
        .when({
          type: 'MoveAssignment',
          campaignId,
          societyId,
          liaisonId: otherLiaisonId,
          reason: '\u3000',
          ...facts,
        })
        .thenFails('TEXT.EMPTY', 'reason'));

    it('refuses a reason longer than 500 characters', () =>
      spec
        .given([drafted, launched, assigned])
        .when({
          type: 'MoveAssignment',
          campaignId,
          societyId,
          liaisonId: otherLiaisonId,
          reason: '因'.repeat(501),
          ...facts,
        })
        .thenFails('TEXT.TOO_LONG', 'reason'));

    it('refuses an unknown campaign', () =>
      spec
        .given()
        .when({
          type: 'MoveAssignment',
          campaignId,
          societyId,
          liaisonId: otherLiaisonId,
          reason: '调整',
          ...facts,
        })
        .thenFails('CAMPAIGN.NOT_FOUND'));

    it('refuses a closed campaign', () =>
      spec
        .given([drafted, launched, assigned, closed])
        .when({
          type: 'MoveAssignment',
          campaignId,
          societyId,
          liaisonId: otherLiaisonId,
          reason: '调整',
          ...facts,
        })
        .thenFails('CAMPAIGN.CLOSED'));
  });

  describe('WithdrawAssignment', () => {
    it('withdraws an assignment and records the previous liaison and the reason', () =>
      spec
        .given([drafted, launched, assigned])
        .when({ type: 'WithdrawAssignment', campaignId, societyId, reason: '学会申请退出本次活动' })
        .then([withdrawn]));

    it('records the liaison the society was moved to', () =>
      spec
        .given([drafted, launched, assigned, moved])
        .when({ type: 'WithdrawAssignment', campaignId, societyId, reason: '学会申请退出本次活动' })
        .then([
          {
            type: 'AssignmentWithdrawn',
            data: {
              campaignId,
              societyId,
              previousLiaisonId: otherLiaisonId,
              reason: '学会申请退出本次活动',
            },
          },
        ]));

    it('refuses a society that is not assigned', () =>
      spec
        .given([drafted, launched])
        .when({ type: 'WithdrawAssignment', campaignId, societyId, reason: '退出' })
        .thenFails('ASSIGNMENT.NOT_ASSIGNED', 'societyId'));

    it('refuses to withdraw an assignment twice', () =>
      spec
        .given([drafted, launched, assigned, withdrawn])
        .when({ type: 'WithdrawAssignment', campaignId, societyId, reason: '退出' })
        .thenFails('ASSIGNMENT.NOT_ASSIGNED', 'societyId'));

    it('refuses a blank reason', () =>
      spec
        .given([drafted, launched, assigned])
        .when({ type: 'WithdrawAssignment', campaignId, societyId, reason: ' ' })
        .thenFails('TEXT.EMPTY', 'reason'));

    it('refuses an unknown campaign', () =>
      spec
        .given()
        .when({ type: 'WithdrawAssignment', campaignId, societyId, reason: '退出' })
        .thenFails('CAMPAIGN.NOT_FOUND'));

    it('refuses a closed campaign', () =>
      spec
        .given([drafted, launched, assigned, closed])
        .when({ type: 'WithdrawAssignment', campaignId, societyId, reason: '退出' })
        .thenFails('CAMPAIGN.CLOSED'));
  });
});

describe('liaison warnings', () => {
  const campaignWith = (events: CampaignEvent[]) =>
    fold(campaignDecider, [drafted, launched, ...events]);

  it('warns when a liaison has fewer than 8 societies', () =>
    expect(liaisonWarnings(campaignWith(assignments(liaisonId, 1, 7)), [liaisonId])).toEqual([
      {
        code: 'ASSIGNMENT.LIAISON_BELOW_TARGET',
        liaisonId,
        societies: 7,
        message: 'liaison now has 7 societies, below the target of 8 to 10',
      },
    ]));

  it('warns when a liaison has more than 10 societies', () =>
    expect(liaisonWarnings(campaignWith(assignments(liaisonId, 1, 11)), [liaisonId])).toEqual([
      {
        code: 'ASSIGNMENT.LIAISON_ABOVE_TARGET',
        liaisonId,
        societies: 11,
        message: 'liaison now has 11 societies, above the target of 8 to 10',
      },
    ]));

  it('does not warn when a liaison has 8 to 10 societies', () => {
    expect(liaisonWarnings(campaignWith(assignments(liaisonId, 1, 8)), [liaisonId])).toEqual([]);
    expect(liaisonWarnings(campaignWith(assignments(liaisonId, 1, 9)), [liaisonId])).toEqual([]);
    expect(liaisonWarnings(campaignWith(assignments(liaisonId, 1, 10)), [liaisonId])).toEqual([]);
  });

  it('warns about a liaison left with no society at all', () =>
    expect(liaisonWarnings(campaignWith([]), [otherLiaisonId])).toEqual([
      {
        code: 'ASSIGNMENT.LIAISON_BELOW_TARGET',
        liaisonId: otherLiaisonId,
        societies: 0,
        message: 'liaison now has 0 societies, below the target of 8 to 10',
      },
    ]));

  it('counts societies after moves and withdrawals, and only for the liaisons named', () => {
    const state = campaignWith([
      ...assignments(liaisonId, 1, 9),
      ...assignments(otherLiaisonId, 10, 3),
      {
        type: 'SocietyReassigned',
        data: {
          campaignId,
          societyId: societyNo(1),
          liaisonId: otherLiaisonId,
          previousLiaisonId: liaisonId,
          reason: '调整',
        },
      },
      {
        type: 'AssignmentWithdrawn',
        data: { campaignId, societyId: societyNo(2), previousLiaisonId: liaisonId, reason: '退出' },
      },
    ]);
    expect(liaisonWarnings(state, [liaisonId, otherLiaisonId])).toEqual([
      {
        code: 'ASSIGNMENT.LIAISON_BELOW_TARGET',
        liaisonId,
        societies: 7,
        message: 'liaison now has 7 societies, below the target of 8 to 10',
      },
      {
        code: 'ASSIGNMENT.LIAISON_BELOW_TARGET',
        liaisonId: otherLiaisonId,
        societies: 4,
        message: 'liaison now has 4 societies, below the target of 8 to 10',
      },
    ]);
    expect(liaisonWarnings(state, [])).toEqual([]);
  });

  it('warns once about a liaison named twice', () =>
    expect(
      liaisonWarnings(campaignWith(assignments(liaisonId, 1, 11)), [liaisonId, liaisonId]),
    ).toHaveLength(1));

  it('gives no warning for a campaign that does not exist', () =>
    expect(liaisonWarnings(fold(campaignDecider, []), [liaisonId])).toEqual([]));
});

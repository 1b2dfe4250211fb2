import type { MemberPosition } from '@pb/domain';
import type { ReportInput } from './campaign-report';
import { CAMPAIGN, fixture } from './campaign-report.testing';
import { computeCampaignReport } from './compute-campaign-report';
import { assign, campaign, member } from './report-views.testing';

const AS_OF = { asOf: new Date('2025-04-15T02:00:00.000Z'), timeZone: 'Asia/Shanghai' };

/** The fixture with one society per liaison, the liaisons holding every office. */
function committee(): ReportInput {
  const input = fixture();
  const liaisons: [string, string, MemberPosition][] = [
    ['m1', '陈红', 'member'],
    ['m2', '李明', 'deputy-secretary'],
    ['m3', '王丽', 'expert'],
    ['m4', '周强', 'secretary'],
    ['m5', '安宁', 'discipline-member'],
    ['m6', '白雪', 'member'],
    ['m7', '赵刚', 'deputy-secretary'],
  ];
  const c1 = campaign(
    CAMPAIGN,
    ['s1', 's2', 's3', 's4', 's5', 's6', 's8'].map((s, i) => assign(CAMPAIGN, s, `m${i + 1}`)),
  );
  return {
    ...input,
    campaign: c1.view,
    assignments: c1.assignments,
    members: liaisons.flatMap(([id, name, position]) => member(id, name, position)),
  };
}

describe('computeCampaignReport, liaisons', () => {
  it('lists liaisons as committee documents do: 书记, 副书记, 纪检委员, 委员, experts, each in zh-CN order', () => {
    const r = computeCampaignReport(committee(), AS_OF);
    expect(r.liaisons.map((l) => [l.position, l.name])).toEqual([
      ['secretary', '周强'],
      ['deputy-secretary', '李明'],
      ['deputy-secretary', '赵刚'],
      ['discipline-member', '安宁'],
      ['member', '白雪'],
      ['member', '陈红'],
      ['expert', '王丽'],
    ]);
  });

  it('orders society rows by name unless asked to group them by liaison', () => {
    const byName = computeCampaignReport(committee(), AS_OF);
    expect(byName.societyOrder).toBe('name');
    const names = byName.societies.map((s) => s.name);
    expect(names).toHaveLength(7);
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
  });

  it('groups society rows by liaison in committee order, then by society in zh-CN order, each naming its liaison', () => {
    const r = computeCampaignReport(fixture(), { ...AS_OF, societyOrder: 'liaison' });
    expect(r.societyOrder).toBe('liaison');
    // 李明 (副书记) before 陈红 (委员); their societies in zh-CN order within each group.
    expect(r.societies.map((s) => [s.liaisonName, s.name])).toEqual([
      ['李明', '阿尔茨海默病防治协会'],
      ['李明', '北京市物理学会'],
      ['李明', '新能源汽车产业协会'],
      ['陈红', '陈嘉庚科学研究会'],
      ['陈红', '天津市化学会'],
    ]);
    expect(r.missingLecture.map((m) => m.name)).toEqual([
      '阿尔茨海默病防治协会',
      '新能源汽车产业协会',
    ]);
    // The figures do not depend on the order.
    expect(r.totals).toEqual(computeCampaignReport(fixture(), AS_OF).totals);
  });
});

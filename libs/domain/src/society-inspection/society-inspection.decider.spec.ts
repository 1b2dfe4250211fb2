import { evidenceFile } from '../shared/evidence.testing';
import { fold } from '../shared/decider';
import { specFor } from '../shared/decider.testing';
import type { RecordInspectionVisit } from './society-inspection.commands';
import { societyInspectionDecider } from './society-inspection.decider';
import type { SocietyInspectionEvent } from './society-inspection.events';
import { isRectificationOverdue } from './society-inspection.state';

const spec = specFor(societyInspectionDecider);
const about = { inspectionId: 'inspection-1', batchId: 'batch-2026-1', societyId: 'society-05' };
const { inspectionId } = about;
const visit: RecordInspectionVisit = {
  type: 'RecordInspectionVisit',
  ...about,
  visitedOn: '2026-04-10',
  inspectorIds: ['member-a', 'member-b'],
  societyInSample: true,
};
const visited: SocietyInspectionEvent = {
  type: 'InspectionVisitRecorded',
  data: { ...about, visitedOn: '2026-04-10', inspectorIds: ['member-a', 'member-b'], note: null },
};
const finding: SocietyInspectionEvent = {
  type: 'InspectionFindingRecorded',
  data: {
    ...about,
    findingId: 'finding-1',
    category: '党委工作和议事制度',
    description: '党委会议事规则未经审议通过',
    severity: 'major',
  },
};
const itemAdded = (itemId: string, dueOn = '2026-06-30'): SocietyInspectionEvent => ({
  type: 'RectificationItemAdded',
  data: { ...about, itemId, findingId: 'finding-1', action: '制定并审议通过党委会议事规则', dueOn },
});
const reported = (itemId: string): SocietyInspectionEvent => ({
  type: 'RectificationReported',
  data: { ...about, itemId, note: '已于党委会审议通过', evidence: [evidenceFile('议事规则.pdf')] },
});
const accepted = (itemId: string): SocietyInspectionEvent => ({
  type: 'RectificationAccepted',
  data: { ...about, itemId, inspectorId: 'member-a' },
});
const closed: SocietyInspectionEvent = { type: 'SocietyInspectionClosed', data: about };
const withTwoItems = [visited, finding, itemAdded('item-1'), itemAdded('item-2')];

describe('society inspection decider', () => {
  describe('RecordInspectionVisit', () => {
    it('records the visit of a sampled society with its date and inspectors', () =>
      spec.given().when(visit).then([visited]));

    it('refuses a society that was neither drawn nor added in the batch', () =>
      spec
        .given()
        .when({ ...visit, societyInSample: false })
        .thenFails('SOCIETY_INSPECTION.NOT_IN_SAMPLE', 'societyId'));

    it('records a further visit, but not one about another society', () => {
      spec
        .given([visited])
        .when({ ...visit, visitedOn: '2026-05-08' })
        .then([{ ...visited, data: { ...visited.data, visitedOn: '2026-05-08' } }]);
      spec
        .given([visited])
        .when({ ...visit, societyId: 'society-06' })
        .thenFails('SOCIETY_INSPECTION.OTHER_SUBJECT', 'societyId');
    });

    it('refuses a visit without inspectors or on a date that does not exist', () => {
      spec
        .given()
        .when({ ...visit, inspectorIds: [] })
        .thenFails('LIST.LENGTH_OUT_OF_RANGE', 'inspectorIds');
      spec
        .given()
        .when({ ...visit, visitedOn: '2026-04-31' })
        .thenFails('DATE.INVALID', 'visitedOn');
    });
  });

  describe('RecordFinding and AddRectificationItem', () => {
    const record = {
      type: 'RecordFinding',
      inspectionId,
      findingId: 'finding-1',
      category: '党委工作和议事制度',
      description: '党委会议事规则未经审议通过',
      severity: 'major',
    } as const;
    const add = {
      type: 'AddRectificationItem',
      inspectionId,
      itemId: 'item-1',
      findingId: 'finding-1',
      action: '制定并审议通过党委会议事规则',
      dueOn: '2026-06-30',
    } as const;

    it('records a finding with its category and severity, and a rectification item with its due date', () => {
      spec.given([visited]).when(record).then([finding]);
      spec
        .given([visited, finding])
        .when(add)
        .then([itemAdded('item-1')]);
    });

    it('refuses a finding before any visit, a finding recorded twice and a severity other than minor or major', () => {
      spec.given().when(record).thenFails('SOCIETY_INSPECTION.NOT_VISITED');
      spec
        .given([visited, finding])
        .when(record)
        .thenFails('SOCIETY_INSPECTION.FINDING_EXISTS', 'findingId');
      spec
        .given([visited])
        .when({ ...record, severity: 'critical' as 'major' })
        .thenFails('VALUE.NOT_ALLOWED', 'severity');
    });

    it('refuses an item for an unknown finding, an item added twice and a due date before the visit', () => {
      spec.given([visited]).when(add).thenFails('SOCIETY_INSPECTION.FINDING_NOT_FOUND');
      spec
        .given([visited, finding, itemAdded('item-1')])
        .when(add)
        .thenFails('SOCIETY_INSPECTION.ITEM_EXISTS', 'itemId');
      spec
        .given([visited, finding])
        .when({ ...add, dueOn: '2026-04-09' })
        .thenFails('SOCIETY_INSPECTION.DUE_BEFORE_VISIT', 'dueOn');
    });
  });

  describe('rectification', () => {
    const report = {
      type: 'ReportRectificationDone',
      inspectionId,
      itemId: 'item-1',
      note: '已于党委会审议通过',
      evidence: [evidenceFile('议事规则.pdf')],
    } as const;
    const accept = {
      type: 'AcceptRectification',
      inspectionId,
      itemId: 'item-1',
      inspectorId: 'member-a',
    } as const;
    const returnIt = {
      type: 'ReturnRectification',
      inspectionId,
      itemId: 'item-1',
      inspectorId: 'member-a',
      reason: '缺少会议记录',
    } as const;

    it('records the society’s report that an item is done, with evidence', () =>
      spec
        .given(withTwoItems)
        .when(report)
        .then([reported('item-1')]));

    it('refuses a report without evidence and a report on an unknown item', () => {
      spec
        .given(withTwoItems)
        .when({ ...report, evidence: [] })
        .thenFails('LIST.LENGTH_OUT_OF_RANGE', 'evidence');
      spec
        .given(withTwoItems)
        .when({ ...report, itemId: 'item-9' })
        .thenFails('SOCIETY_INSPECTION.ITEM_NOT_FOUND');
    });

    it('accepts a reported item (销号) while other items stay open', () =>
      spec
        .given([...withTwoItems, reported('item-1')])
        .when(accept)
        .then([accepted('item-1')]));

    it('closes the inspection in the same commit as the last acceptance', () =>
      spec
        .given([...withTwoItems, reported('item-1'), accepted('item-1'), reported('item-2')])
        .when({ ...accept, itemId: 'item-2' })
        .then([accepted('item-2'), closed]));

    it('returns a reported item with the reason, and the society reports it again', () => {
      const returned: SocietyInspectionEvent = {
        type: 'RectificationReturned',
        data: { ...about, itemId: 'item-1', inspectorId: 'member-a', reason: '缺少会议记录' },
      };
      spec
        .given([...withTwoItems, reported('item-1')])
        .when(returnIt)
        .then([returned]);
      spec
        .given([...withTwoItems, reported('item-1'), returned])
        .when(accept)
        .thenFails('SOCIETY_INSPECTION.ITEM_NOT_REPORTED');
      spec
        .given([...withTwoItems, reported('item-1'), returned])
        .when(report)
        .then([reported('item-1')]);
    });

    it('refuses to accept or return an item not reported, or one accepted already', () => {
      spec.given(withTwoItems).when(accept).thenFails('SOCIETY_INSPECTION.ITEM_NOT_REPORTED');
      spec.given(withTwoItems).when(returnIt).thenFails('SOCIETY_INSPECTION.ITEM_NOT_REPORTED');
      const acceptedOne = [...withTwoItems, reported('item-1'), accepted('item-1')];
      spec.given(acceptedOne).when(returnIt).thenFails('SOCIETY_INSPECTION.ITEM_ACCEPTED');
      spec.given(acceptedOne).when(report).thenFails('SOCIETY_INSPECTION.ITEM_ACCEPTED');
    });

    it('refuses a return without a reason', () =>
      spec
        .given([...withTwoItems, reported('item-1')])
        .when({ ...returnIt, reason: '' })
        .thenFails('TEXT.EMPTY', 'reason'));
  });

  describe('CloseSocietyInspection', () => {
    const close = { type: 'CloseSocietyInspection', inspectionId } as const;

    it('closes an inspection that found nothing', () =>
      spec.given([visited]).when(close).then([closed]));

    it('refuses to close while a finding has no item or an item is not accepted', () => {
      spec.given([visited, finding]).when(close).thenFails('SOCIETY_INSPECTION.NOT_COMPLETE');
      spec.given(withTwoItems).when(close).thenFails('SOCIETY_INSPECTION.NOT_COMPLETE');
    });

    it('refuses any change once closed', () => {
      spec.given([visited, closed]).when(close).thenFails('SOCIETY_INSPECTION.CLOSED');
      spec.given([visited, closed]).when(visit).thenFails('SOCIETY_INSPECTION.CLOSED');
    });
  });

  describe('overdue rectification', () => {
    it('is overdue from the day after its due date until it is accepted', () => {
      const state = fold(societyInspectionDecider, [
        ...withTwoItems,
        reported('item-1'),
        accepted('item-1'),
      ]);
      if (state.status === 'none') throw new Error('no inspection');
      const [done, pending] = state.items;
      expect(pending && isRectificationOverdue(pending, '2026-06-30')).toBe(false);
      expect(pending && isRectificationOverdue(pending, '2026-07-01')).toBe(true);
      expect(done && isRectificationOverdue(done, '2026-07-01')).toBe(false);
      expect(pending).toMatchObject({ status: 'open', dueOn: '2026-06-30' });
      expect(done).toMatchObject({
        status: 'accepted',
        acceptedBy: 'member-a',
        report: { evidence: [evidenceFile('议事规则.pdf')] },
      });
    });
  });
});

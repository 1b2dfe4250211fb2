import { ReadModelStore, type EvidenceReferenceView } from '@pb/projections';
import { FileStore, StoreUnavailable } from '@pb/storage';
import { Access } from '../auth/access';
import { Forbidden } from '../auth/auth-errors';
import type { Principal } from '../auth/principal';
import { InspectionAccess } from '../inspections/inspection-access';
import { FileReaders } from './file-readers';

const HASH = 'a'.repeat(64);
const caller = (role: Principal['role'], more: Partial<Principal> = {}): Principal => ({
  sub: `${role}-1`,
  role,
  memberId: null,
  societyId: null,
  scopes: [],
  ...more,
});
const record = (recordType: string, more: Partial<EvidenceReferenceView> = {}) =>
  ({
    _id: `${recordType}-r1`,
    _version: 1,
    _position: { streamId: `${recordType}-r1`, seq: 1 },
    streamId: `${recordType}-r1`,
    recordType,
    recordId: 'r1',
    societyId: 's1',
    batchId: null,
    files: [HASH],
    ...more,
  }) as EvidenceReferenceView;

/** An instance of `type` whose methods the test names; Object.create gives it no state. */
function fake<T extends object>(
  type: abstract new (...args: never[]) => T,
  methods: Partial<T>,
): T {
  return Object.assign(Object.create(type.prototype) as T, methods);
}

const notTheirs = new Forbidden('not yours');

function readers(
  records: EvidenceReferenceView[],
  inspectorOf = 'b1',
  uploader = 'nobody',
  lecture: Access['lecture'] = async (who) => {
    if (who.societyId !== 's1') throw notTheirs;
  },
) {
  const views = fake(ReadModelStore, {
    // never[] takes the type of whatever the reader asks for, as stored documents would.
    find: async () => ({ items: records as never[], next: null }),
  });
  const files = fake(FileStore, { uploadedBy: async (_: string, who: string) => who === uploader });
  const inspections = fake(InspectionAccess, {
    reader: async (who: Principal, batchId: string) => {
      if (who.role === 'liaison' && batchId !== inspectorOf) throw notTheirs;
      if (who.role === 'society' && who.societyId !== 's1') throw notTheirs;
    },
  });
  return new FileReaders(views, files, fake(Access, { lecture }), inspections);
}

describe('FileReaders', () => {
  it('lets admin, auditor and the uploader read any file, named by a record or not', async () => {
    expect(await readers([]).mayRead(caller('auditor'), HASH)).toBe(true);
    expect(await readers([], 'b1', 'liaison-1').mayRead(caller('liaison'), HASH)).toBe(true);
    expect(await readers([]).mayRead(caller('liaison'), HASH)).toBe(false);
  });

  it('lets an inspection be read by its society and its batch inspectors, not by another member', async () => {
    const inspection = [record('society-inspection', { batchId: 'b1' })];
    expect(await readers(inspection).mayRead(caller('society', { societyId: 's1' }), HASH)).toBe(
      true,
    );
    expect(await readers(inspection).mayRead(caller('liaison'), HASH)).toBe(true);
    expect(await readers(inspection, 'b2').mayRead(caller('liaison'), HASH)).toBe(false);
  });

  it("keeps a society's organisational life to the society itself", async () => {
    const life = [record('organisational-life')];
    expect(await readers(life).mayRead(caller('society', { societyId: 's1' }), HASH)).toBe(true);
    expect(await readers(life).mayRead(caller('society', { societyId: 's2' }), HASH)).toBe(false);
    expect(await readers(life).mayRead(caller('liaison'), HASH)).toBe(false);
  });

  it('reads a star rating as its route does: any member, the society its own', async () => {
    const rating = [record('star-rating')];
    expect(await readers(rating).mayRead(caller('liaison'), HASH)).toBe(true);
    expect(await readers(rating).mayRead(caller('society', { societyId: 's2' }), HASH)).toBe(false);
  });

  it('passes an outage on instead of answering as if the file were not there', async () => {
    const broken = readers([record('lecture')], 'b1', 'nobody', async () => {
      throw new StoreUnavailable('the store');
    });
    await expect(broken.mayRead(caller('liaison'), HASH)).rejects.toBeInstanceOf(StoreUnavailable);
  });
});

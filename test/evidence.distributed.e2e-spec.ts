import { createHash } from 'node:crypto';
import { ApiClient } from './support/api-client';
import { Cluster } from './support/cluster';
import { fixture, upload } from './support/evidence';
import { call, until } from './support/http';
import { memberToken, secretaryToken } from './support/inspection-client';

jest.setTimeout(180000);

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('evidence files in distributed mode: GridFS bucket evidence', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await Cluster.start('evidence');
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('keeps a photo once in GridFS, serves it to the lecture, and verify names it once changed', async () => {
    const office = new ApiClient(cluster.base);
    const photo = fixture('宣讲现场.jpg');
    const hash = sha256(photo);
    const society = await office.society('中国计算机学会');
    const otherSociety = await office.society('中国自动化学会');
    const lecturer = await office.member('王宣讲');
    const token = await memberToken(lecturer);
    const other = await memberToken(await office.member('李委员'));
    for (const who of [undefined, other])
      expect((await upload(cluster.base, photo, '宣讲现场.jpg', who)).status).toBe(201);
    expect(await cluster.db.collection('evidence.files').countDocuments({})).toBe(1);

    const lecture = await office.campaignLecture(society, lecturer, '主题宣讲');
    const delivered = await office.expect(200, 'POST', `/lectures/${lecture}/delivery`, {
      ...office.delivery(20, 100),
      evidence: [{ sha256: hash }],
    });
    await office.expect(200, 'GET', `/lectures/${lecture}?minVersion=${delivered.body.version}`);

    const read = async (who: string) =>
      fetch(`${cluster.base}/files/${hash}`, { headers: { authorization: `Bearer ${who}` } });
    // The lecturer uploaded nothing: the record, projected from Kafka, lets them read it.
    const asLecturer = await until(
      () => read(token),
      (answer) => answer.status === 200,
    );
    expect(Buffer.from(await asLecturer.arrayBuffer())).toEqual(photo);
    const stranger = await secretaryToken(otherSociety);
    expect((await read(stranger)).status).toBe(404);

    const healthy = await call(cluster.base, 'GET', '/audit/verify');
    expect([healthy.body.ok, healthy.body.files]).toEqual([true, 1]);
    const file = await cluster.db.collection('evidence.files').findOne({ 'metadata.sha256': hash });
    await cluster.db
      .collection('evidence.chunks')
      .updateOne({ files_id: file!._id, n: 0 }, { $set: { data: fixture('签到表.png') } });
    const broken = await call(cluster.base, 'GET', '/audit/verify');
    expect(broken.body.problems).toEqual([
      expect.objectContaining({
        kind: 'file-altered',
        streamId: `lecture-${lecture}`,
        file: {
          name: '宣讲现场.jpg',
          expectedSha256: hash,
          actualSha256: sha256(fixture('签到表.png')),
        },
      }),
    ]);
  });
});

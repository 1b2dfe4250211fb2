import { MongoClient } from 'mongodb';
import { fileStoreContract } from '../files/file-store.contract';
import { GridFsFileStore } from './gridfs-file-store';

const uri = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/';

describe('GridFsFileStore', () => {
  const client = new MongoClient(uri);

  fileStoreContract(async () => {
    const db = client.db(`pb_files_${process.pid}_${Date.now()}`);
    return {
      store: await new GridFsFileStore(db).init(),
      corrupt: async (sha256) => {
        const file = await db.collection('evidence.files').findOne({ 'metadata.sha256': sha256 });
        await db
          .collection('evidence.chunks')
          .updateOne({ files_id: file?._id, n: 0 }, { $set: { data: Buffer.from('replaced') } });
      },
    };
  });

  afterAll(async () => {
    const { databases } = await client.db().admin().listDatabases();
    for (const { name } of databases)
      if (name.startsWith(`pb_files_${process.pid}_`)) await client.db(name).dropDatabase();
    await client.close();
  });
});

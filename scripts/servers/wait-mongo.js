#!/usr/bin/env node
// Waits until a MongoDB-wire server answers a real `ping` command.
//
// Usage: node wait-mongo.js [uri] [timeoutSeconds]
//   uri            default $MONGODB_URI or mongodb://127.0.0.1:${MONGO_PORT:-27018}/
//   timeoutSeconds default 60; 0 = try once (exit 1 at once if nothing answers)
//
// Uses the `mongodb` npm driver when it can be resolved (repo node_modules or
// NODE_PATH); otherwise falls back to a hand-built OP_MSG ping over a plain
// TCP socket, so the start script also works before `npm install`.
// Exit code 0 = answered ok:1, 1 = timed out / failed.
'use strict';

const net = require('net');

const uri =
  process.argv[2] ||
  process.env.MONGODB_URI ||
  `mongodb://127.0.0.1:${process.env.MONGO_PORT || 27018}/`;
const timeoutS = Number(process.argv[3] ?? 60);
const deadline = Date.now() + timeoutS * 1000;
const quiet = process.env.WAIT_MONGO_QUIET === '1';

let driver = null;
try {
  driver = require('mongodb');
} catch {
  driver = null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function pingWithDriver() {
  const client = new driver.MongoClient(uri, {
    serverSelectionTimeoutMS: 1000,
    connectTimeoutMS: 1000,
    directConnection: true,
  });
  try {
    await client.connect();
    const res = await client.db('admin').command({ ping: 1 });
    if (res.ok !== 1) throw new Error(`ping answered ${JSON.stringify(res)}`);
  } finally {
    await client.close().catch(() => {});
  }
}

// --- minimal BSON + OP_MSG for the fallback ---
function cstring(s) {
  return Buffer.concat([Buffer.from(s, 'utf8'), Buffer.from([0])]);
}
function bsonDoc(fields) {
  // fields: [[name, 'int32'|'string', value]]
  const parts = [];
  for (const [name, type, value] of fields) {
    if (type === 'int32') {
      const v = Buffer.alloc(4);
      v.writeInt32LE(value);
      parts.push(Buffer.from([0x10]), cstring(name), v);
    } else {
      const s = Buffer.from(value, 'utf8');
      const len = Buffer.alloc(4);
      len.writeInt32LE(s.length + 1);
      parts.push(Buffer.from([0x02]), cstring(name), len, s, Buffer.from([0]));
    }
  }
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(4);
  head.writeInt32LE(body.length + 5);
  return Buffer.concat([head, body, Buffer.from([0])]);
}
function readOk(doc) {
  // find the `ok` field (double 0x01 or int32 0x10) in a top-level BSON doc
  let i = 4;
  while (i < doc.length - 1) {
    const type = doc[i++];
    const end = doc.indexOf(0, i);
    const name = doc.toString('utf8', i, end);
    i = end + 1;
    let size;
    switch (type) {
      case 0x01:
        if (name === 'ok') return doc.readDoubleLE(i);
        size = 8;
        break;
      case 0x10:
        if (name === 'ok') return doc.readInt32LE(i);
        size = 4;
        break;
      case 0x12:
      case 0x09:
      case 0x11:
        size = 8;
        break;
      case 0x08:
        size = 1;
        break;
      case 0x0a:
        size = 0;
        break;
      case 0x07:
        size = 12;
        break;
      case 0x02:
        size = 4 + doc.readInt32LE(i);
        break;
      case 0x03:
      case 0x04:
        size = doc.readInt32LE(i);
        break;
      case 0x05:
        size = 5 + doc.readInt32LE(i);
        break;
      default:
        return NaN;
    }
    i += size;
  }
  return NaN;
}
function pingRaw() {
  const u = new URL(uri);
  const host = u.hostname || '127.0.0.1';
  const port = Number(u.port || 27017);
  const doc = bsonDoc([
    ['ping', 'int32', 1],
    ['$db', 'string', 'admin'],
  ]);
  const header = Buffer.alloc(16);
  const msg = Buffer.concat([header, Buffer.alloc(4) /* flagBits */, Buffer.from([0]), doc]);
  msg.writeInt32LE(msg.length, 0);
  msg.writeInt32LE(1, 4); // requestID
  msg.writeInt32LE(0, 8); // responseTo
  msg.writeInt32LE(2013, 12); // OP_MSG
  return new Promise((resolve, reject) => {
    const sock = net.connect({ host, port });
    let buf = Buffer.alloc(0);
    const timer = setTimeout(() => {
      sock.destroy();
      reject(new Error('ping timed out'));
    }, 1500);
    sock.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    sock.on('connect', () => sock.write(msg));
    sock.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      if (buf.length >= 4 && buf.length >= buf.readInt32LE(0)) {
        clearTimeout(timer);
        sock.destroy();
        if (buf.readInt32LE(12) !== 2013 || buf[20] !== 0)
          return reject(new Error('unexpected reply'));
        const ok = readOk(buf.subarray(21));
        if (ok === 1) resolve();
        else reject(new Error(`ping answered ok=${ok}`));
      }
    });
  });
}

// resolves when a TCP connection to the server's port can be opened; the driver
// would otherwise spend its whole server-selection timeout on a closed port
function portOpen() {
  const u = new URL(uri);
  return new Promise((resolve, reject) => {
    const sock = net.connect({ host: u.hostname || '127.0.0.1', port: Number(u.port || 27017) });
    const timer = setTimeout(() => {
      sock.destroy();
      reject(new Error('connect timed out'));
    }, 1000);
    sock.on('connect', () => {
      clearTimeout(timer);
      sock.destroy();
      resolve();
    });
    sock.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

(async () => {
  const ping = driver
    ? async () => {
        await portOpen();
        await pingWithDriver();
      }
    : pingRaw;
  let lastErr;
  for (;;) {
    try {
      await ping();
      if (!quiet) console.log(`ping ok at ${uri} (${driver ? 'mongodb driver' : 'raw OP_MSG'})`);
      process.exit(0);
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() >= deadline) break;
    await sleep(250);
  }
  if (!quiet)
    console.error(`no ping answer at ${uri} within ${timeoutS}s: ${lastErr && lastErr.message}`);
  process.exit(1);
})();

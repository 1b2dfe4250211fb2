#!/usr/bin/env node
'use strict';
/*
 * Waits until a Kafka broker answers an admin listTopics() call.
 *
 *   node scripts/servers/wait-kafka.js [--brokers 127.0.0.1:9092] [--timeout 90] [--pid 1234] [--quiet]
 *
 * Exit codes: 0 ready, 1 timed out, 2 the process given by --pid died, 3 kafkajs missing.
 * Uses kafkajs from the project's node_modules (or NODE_PATH).
 */

process.env.KAFKAJS_NO_PARTITIONER_WARNING = process.env.KAFKAJS_NO_PARTITIONER_WARNING || '1';

const args = process.argv.slice(2);
function opt(name, def) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : def;
}
const brokers = opt('brokers', process.env.KAFKA_BROKERS || '127.0.0.1:9092')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const timeoutMs = Number(opt('timeout', '90')) * 1000;
const pid = Number(opt('pid', '0'));
const quiet = args.includes('--quiet');

let kafkajs;
try {
  kafkajs = require('kafkajs');
} catch (err) {
  console.error(`wait-kafka: cannot load kafkajs (${err.message}); run npm install first`);
  process.exit(3);
}
const { Kafka, logLevel } = kafkajs;

function alive(p) {
  if (!p) return true;
  try {
    process.kill(p, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function probe() {
  const kafka = new Kafka({
    clientId: 'wait-kafka',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 3000,
    retry: { retries: 0 },
  });
  const admin = kafka.admin({ retry: { retries: 0 } });
  try {
    await admin.connect();
    return await admin.listTopics();
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

(async () => {
  const start = Date.now();
  let lastError = 'no attempt';
  for (;;) {
    if (!alive(pid)) {
      console.error(`wait-kafka: broker process ${pid} exited`);
      process.exit(2);
    }
    try {
      const topics = await probe();
      if (!quiet) {
        console.log(`wait-kafka: ${brokers.join(',')} ready after ${Date.now() - start} ms (${topics.length} topics)`);
      }
      process.exit(0);
    } catch (err) {
      lastError = (err && err.message) || String(err);
    }
    if (Date.now() - start >= timeoutMs) {
      if (!quiet) {
        console.error(`wait-kafka: ${brokers.join(',')} not ready after ${timeoutMs / 1000} s: ${lastError}`);
      }
      process.exit(1);
    }
    await sleep(250);
  }
})();

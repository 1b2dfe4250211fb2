import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppendStep } from '@pb/event-store';
import type { KafkaSettings } from '@pb/messaging';
import {
  observabilitySettings,
  type ObservabilitySettings,
} from './observability/observability-settings';
import { sessionSettings, type SessionSettings } from './session-settings';

export type Mode = 'embedded' | 'distributed';

/** The one validated configuration, read once at boot. Nothing else reads the environment. */
export interface AppConfig {
  readonly mode: Mode;
  readonly http: {
    readonly host: string;
    readonly port: number;
    readonly rateLimitPerMinute: number;
    /** Commands one api process works on at once; beyond, 503 at once instead of a queue. */
    readonly maxCommandsInFlight: number;
  };
  readonly dataDir: string;
  /** The largest evidence file an upload may hold (EVIDENCE_MAX_BYTES, default 20 MiB). */
  readonly evidenceMaxBytes: number;
  readonly mongo: { readonly uri: string; readonly database: string } | null;
  readonly kafka: KafkaSettings | null;
  readonly federationId: string;
  readonly timeZone: string;
  readonly relay: {
    readonly batchSize: number;
    readonly idleMs: number;
    /** Commits waiting and nothing published for this long: the relay's readiness fails. */
    readonly stallAfterMs: number;
  };
  readonly projectorGroup: string;
  /**
   * How tokens are verified: an HS256 secret, or an RS256 public key (PEM). In
   * embedded mode without either, the secret is kept in `<dataDir>/jwt-secret`.
   */
  readonly auth: {
    readonly secret: string | null;
    readonly publicKeyPem: string | null;
    readonly issuer: string | null;
  };
  /** How people sign in with a password: sessions, lockout, invitation links. */
  readonly sessions: SessionSettings;
  /** The people's rating of service tasks (docs/people-rating.md). */
  readonly rating: RatingSettings;
  /** How often the relay's process seals the store; 0 turns the timer off. */
  readonly sealIntervalMinutes: number;
  /** Where metrics are served (METRICS_HOST, METRICS_PORT) and how much is logged (LOG_LEVEL). */
  readonly observability: ObservabilitySettings;
  /** The society-register consumer the api runs in distributed mode; null when it is off. */
  readonly inboundSocietyRegister: InboundTopicSettings | null;
  /**
   * For the fault tests only (FAULT_DIE_AFTER_APPEND_STEP): the process kills itself
   * with SIGKILL at its first MongoDB append that reaches this step; null in use.
   */
  readonly dieAfterAppendStep: AppendStep | null;
}

export interface RatingSettings {
  /**
   * The secret rating codes are derived from (RATING_CODE_SECRET); null: the token
   * secret (AUTH_JWT_SECRET, or the embedded mode's own).
   */
  readonly codeSecret: string | null;
  /** How often the api closes ratings whose deadline passed; 0 turns the timer off. */
  readonly closeEverySeconds: number;
}

/** An inbound topic other federation systems write to, its dead-letter topic and the api's group. */
export interface InboundTopicSettings {
  readonly topic: string;
  readonly dlqTopic: string;
  readonly group: string;
}

/** A setting that stops the boot, with the name of the variable and what is wrong. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    // One line: process managers and log collectors keep it whole.
    super(`invalid configuration: ${problems.join('; ')}`);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const text = (name: string, fallback: string) => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? fallback : value;
  };
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };

  const mongoUri = env.MONGODB_URI?.trim() || null;
  const brokers = env.KAFKA_BROKERS?.trim() || null;
  const modeRaw = text('MODE', mongoUri || brokers ? 'distributed' : 'embedded');
  if (modeRaw !== 'embedded' && modeRaw !== 'distributed')
    problems.push(`MODE must be "embedded" or "distributed", got "${modeRaw}"`);
  const mode: Mode = modeRaw === 'distributed' ? 'distributed' : 'embedded';
  if (mode === 'distributed') {
    if (!mongoUri)
      problems.push(
        'MONGODB_URI is required in distributed mode (e.g. mongodb://127.0.0.1:27017/)',
      );
    else if (!/^mongodb(\+srv)?:\/\//.test(mongoUri))
      problems.push('MONGODB_URI must start with mongodb:// or mongodb+srv://');
    if (!brokers)
      problems.push('KAFKA_BROKERS is required in distributed mode (e.g. 127.0.0.1:9092)');
    else if (!brokers.split(',').every((b) => /^[^\s:,]+:\d+$/.test(b.trim())))
      problems.push(`KAFKA_BROKERS must be a comma-separated list of host:port, got "${brokers}"`);
  }
  const timeZone = text('TIME_ZONE', 'Asia/Shanghai');
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    problems.push(`TIME_ZONE must be an IANA time zone such as Asia/Shanghai, got "${timeZone}"`);
  }
  const federationId = text('FEDERATION_ID', 'default');
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(federationId))
    problems.push('FEDERATION_ID must be 1 to 64 letters, digits, ".", "_" or "-"');

  const sessionTimeoutMs = int('KAFKA_SESSION_TIMEOUT_MS', 10000, 6000, 300000);
  const replication = replicationSettings(env, int, problems);
  const httpPort = int('PORT', 3000, 0, 65535);
  const config: AppConfig = {
    mode,
    http: {
      host: text('HOST', '127.0.0.1'),
      port: httpPort,
      rateLimitPerMinute: int('RATE_LIMIT_PER_MINUTE', 6000, 0, 1_000_000),
      maxCommandsInFlight: int('MAX_COMMANDS_IN_FLIGHT', 128, 1, 100_000),
    },
    dataDir: resolve(text('DATA_DIR', './data')),
    evidenceMaxBytes: int('EVIDENCE_MAX_BYTES', 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    mongo:
      mode === 'distributed' && mongoUri
        ? { uri: mongoUri, database: text('MONGODB_DB', 'party_building') }
        : null,
    kafka:
      mode === 'distributed' && brokers
        ? {
            brokers: brokers.split(',').map((b) => b.trim()),
            clientId: text('KAFKA_CLIENT_ID', 'party-building'),
            topic: text('KAFKA_TOPIC', 'party-building.events.v1'),
            partitions: int('KAFKA_PARTITIONS', 12, 1, 1000),
            ...replication,
            sessionTimeoutMs,
            heartbeatIntervalMs: int(
              'KAFKA_HEARTBEAT_INTERVAL_MS',
              Math.floor(sessionTimeoutMs / 5),
              100,
              sessionTimeoutMs,
            ),
            maxWaitTimeMs: int('KAFKA_MAX_WAIT_MS', 100, 10, 10000),
          }
        : null,
    federationId,
    timeZone,
    relay: {
      batchSize: int('RELAY_BATCH_SIZE', 200, 1, 10000),
      idleMs: int('RELAY_IDLE_MS', 50, 1, 60000),
      stallAfterMs: int('RELAY_STALL_AFTER_MS', 60000, 1000, 24 * 3600 * 1000),
    },
    projectorGroup: text('PROJECTOR_GROUP', 'party-building.projector'),
    sealIntervalMinutes: int('SEAL_INTERVAL_MINUTES', 60, 0, 7 * 24 * 60),
    auth: authSettings(env, mode, problems),
    rating: {
      codeSecret: ratingCodeSecret(env, problems),
      closeEverySeconds: int('RATING_CLOSE_EVERY_SECONDS', 60, 0, 24 * 3600),
    },
    sessions: sessionSettings(env, problems),
    observability: observabilitySettings(env, problems, httpPort),
    inboundSocietyRegister: inboundSettings(env, mode, problems),
    dieAfterAppendStep: appendStepSetting(env, mode, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * KAFKA_REPLICATION_FACTOR and KAFKA_MIN_INSYNC_REPLICAS for the topics this system
 * creates; each unset one is left to the broker's default (1 on a single dev broker).
 */
function replicationSettings(
  env: Env,
  int: (name: string, fallback: number, min: number, max: number) => number,
  problems: string[],
): { replicationFactor?: number; minInsyncReplicas?: number } {
  const set = (name: string) => (env[name]?.trim() ?? '') !== '';
  const factor = set('KAFKA_REPLICATION_FACTOR')
    ? int('KAFKA_REPLICATION_FACTOR', 1, 1, 32)
    : undefined;
  const minInsync = set('KAFKA_MIN_INSYNC_REPLICAS')
    ? int('KAFKA_MIN_INSYNC_REPLICAS', 1, 1, 32)
    : undefined;
  if (factor !== undefined && minInsync !== undefined && minInsync > factor)
    problems.push(
      `KAFKA_MIN_INSYNC_REPLICAS (${minInsync}) must not exceed KAFKA_REPLICATION_FACTOR (${factor}): no write could ever be acknowledged`,
    );
  return {
    ...(factor === undefined ? {} : { replicationFactor: factor }),
    ...(minInsync === undefined ? {} : { minInsyncReplicas: minInsync }),
  };
}

const APPEND_STEPS: readonly AppendStep[] = ['command-entry', 'outbox-entry', 'commit'];

function appendStepSetting(env: Env, mode: Mode, problems: string[]): AppendStep | null {
  const raw = env.FAULT_DIE_AFTER_APPEND_STEP?.trim() || null;
  if (raw === null) return null;
  const step = APPEND_STEPS.find((candidate) => candidate === raw);
  if (step === undefined)
    problems.push(
      `FAULT_DIE_AFTER_APPEND_STEP must be one of ${APPEND_STEPS.join(', ')}, got "${raw}"`,
    );
  if (mode !== 'distributed')
    problems.push('FAULT_DIE_AFTER_APPEND_STEP needs distributed mode: it stops MongoDB appends');
  return step ?? null;
}

function inboundSettings(env: Env, mode: Mode, problems: string[]): InboundTopicSettings | null {
  const raw = env.INBOUND_SOCIETY_REGISTER?.trim().toLowerCase() || null;
  if (raw !== null && raw !== 'on' && raw !== 'off') {
    problems.push(`INBOUND_SOCIETY_REGISTER must be "on" or "off", got "${raw}"`);
    return null;
  }
  if (raw === 'on' && mode === 'embedded')
    problems.push(
      'INBOUND_SOCIETY_REGISTER=on needs distributed mode: the embedded mode has no Kafka',
    );
  if (raw === 'off' || mode === 'embedded') return null;
  const name = (key: string, fallback: string) => env[key]?.trim() || fallback;
  return {
    topic: name('KAFKA_INBOUND_TOPIC', 'party-building.society-register.v1'),
    dlqTopic: name('KAFKA_INBOUND_DLQ_TOPIC', 'party-building.society-register.dlq.v1'),
    group: name('INBOUND_GROUP', 'party-building.inbound.society-register'),
  };
}

function ratingCodeSecret(env: Env, problems: string[]): string | null {
  const secret = env.RATING_CODE_SECRET?.trim() || null;
  if (secret !== null && Buffer.byteLength(secret) < 32)
    problems.push('RATING_CODE_SECRET must be at least 32 bytes');
  // An RS256 public key is no secret: codes derived from it could be forged by anyone.
  const publicKey = env.AUTH_JWT_PUBLIC_KEY?.trim() || env.AUTH_JWT_PUBLIC_KEY_FILE?.trim();
  if (secret === null && publicKey)
    problems.push(
      'RATING_CODE_SECRET (32 bytes or more) is required when tokens are verified with an RS256 public key',
    );
  return secret;
}

function authSettings(env: Env, mode: Mode, problems: string[]): AppConfig['auth'] {
  const secret = env.AUTH_JWT_SECRET?.trim() || null;
  let publicKeyPem = env.AUTH_JWT_PUBLIC_KEY?.trim() || null;
  const keyFile = env.AUTH_JWT_PUBLIC_KEY_FILE?.trim() || null;
  if (keyFile) {
    try {
      publicKeyPem = readFileSync(keyFile, 'utf8');
    } catch {
      problems.push(`AUTH_JWT_PUBLIC_KEY_FILE cannot be read: ${keyFile}`);
    }
  }
  if (secret !== null && Buffer.byteLength(secret) < 32)
    problems.push('AUTH_JWT_SECRET must be at least 32 bytes');
  if (publicKeyPem !== null && !publicKeyPem.includes('BEGIN PUBLIC KEY'))
    problems.push('AUTH_JWT_PUBLIC_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----)');
  if (secret !== null && publicKeyPem !== null)
    problems.push('set AUTH_JWT_SECRET (HS256) or an RS256 public key, not both');
  if (mode === 'distributed' && secret === null && publicKeyPem === null)
    problems.push(
      'distributed mode needs AUTH_JWT_SECRET (HS256, 32 bytes or more) or AUTH_JWT_PUBLIC_KEY / AUTH_JWT_PUBLIC_KEY_FILE (RS256)',
    );
  return { secret, publicKeyPem, issuer: env.AUTH_JWT_ISSUER?.trim() || null };
}

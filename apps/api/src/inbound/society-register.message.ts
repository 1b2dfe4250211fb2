import { SOCIETY_KINDS, SOCIETY_SHORT_NAME_MAX, type SocietyKind } from '@pb/domain';
import { plainToInstance, Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsRFC3339,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { flattenValidationErrors } from '../http/request-invalid';
import type { DeadLetterReason } from './dead-letter';

export const SOCIETY_REGISTER_TYPES = ['register', 'rename', 'deregister'] as const;
export type SocietyRegisterType = (typeof SOCIETY_REGISTER_TYPES)[number];

interface Envelope<T extends SocietyRegisterType> {
  readonly messageId: string;
  readonly type: T;
  readonly source: string;
  readonly occurredAt: string;
}

/** A message of the society-register topic that passed validation (society-register.v1.schema.json). */
export type SocietyRegisterMessage =
  | (Envelope<'register'> & {
      readonly society: {
        readonly creditCode: string;
        readonly name: string;
        readonly kind: SocietyKind;
        readonly shortName?: string;
      };
      readonly reason?: string;
    })
  | (Envelope<'rename'> & {
      readonly society: { readonly creditCode: string; readonly name: string };
      readonly reason?: string;
    })
  | (Envelope<'deregister'> & {
      readonly society: { readonly creditCode: string };
      readonly reason: string;
    });

export type ParsedMessage =
  | { readonly ok: true; readonly message: SocietyRegisterMessage }
  | { readonly ok: false; readonly reason: DeadLetterReason };

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}$/;

/** Validates a field only when it is required or present; null is never an answer for "absent". */
const Needed = (required: boolean): PropertyDecorator =>
  required ? Required() : ValidateIf((_, value) => value !== undefined);

/** A field every message of the type carries: its absence is named as such. */
const Required = (): PropertyDecorator => IsDefined({ message: '$property is required' });

/** The society part of a message, with the fields its type requires. */
function societyFields(need: { name: boolean; kind: boolean }) {
  class InboundSociety {
    @Required()
    @IsString()
    @Matches(CREDIT_CODE, {
      message: 'creditCode must be 18 characters of the unified social credit code alphabet',
    })
    creditCode!: string;

    @Needed(need.name)
    @IsString()
    @IsNotEmpty()
    @MaxLength(100)
    name?: string;

    @Needed(need.kind)
    @IsIn(SOCIETY_KINDS)
    kind?: SocietyKind;

    @Needed(false)
    @IsString()
    @IsNotEmpty()
    @MaxLength(SOCIETY_SHORT_NAME_MAX)
    shortName?: string;
  }
  return InboundSociety;
}

/** A whole message of one type. */
function messageFields(society: ReturnType<typeof societyFields>, reasonRequired: boolean) {
  class InboundMessage {
    @Required()
    @IsUUID()
    messageId!: string;

    @Required()
    @IsIn(SOCIETY_REGISTER_TYPES)
    type!: SocietyRegisterType;

    @Required()
    @IsString()
    @IsNotEmpty()
    @MaxLength(64)
    source!: string;

    @Required()
    @IsRFC3339()
    occurredAt!: string;

    @Required()
    @IsObject()
    @ValidateNested()
    @Type(() => society)
    society!: InstanceType<typeof society>;

    @Needed(reasonRequired)
    @IsString()
    @IsNotEmpty()
    @MaxLength(500)
    reason?: string;
  }
  return InboundMessage;
}

const MESSAGE_CLASS: Record<SocietyRegisterType, ReturnType<typeof messageFields>> = {
  register: messageFields(societyFields({ name: true, kind: true }), false),
  rename: messageFields(societyFields({ name: true, kind: false }), false),
  deregister: messageFields(societyFields({ name: false, kind: false }), true),
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads one message value: UTF-8 JSON, a known type, and the fields that type needs.
 * Fields the schema does not name are dropped, so senders may add fields first.
 */
export function parseSocietyRegisterMessage(value: Buffer | null): ParsedMessage {
  if (value === null || value.length === 0)
    return refused('INBOUND.MALFORMED_JSON', 'the message has no value');
  let json: unknown;
  try {
    // An own "__proto__" key would become the prototype of the instance built from it.
    json = JSON.parse(utf8.decode(value), (key, field: unknown) =>
      key === '__proto__' ? undefined : field,
    );
  } catch {
    return refused('INBOUND.MALFORMED_JSON', 'the message value is not UTF-8 JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return refused('INBOUND.INVALID', 'the message must be a JSON object');
  const type = (json as { type?: unknown }).type;
  if (typeof type === 'string' && !(SOCIETY_REGISTER_TYPES as readonly string[]).includes(type))
    return refused(
      'INBOUND.UNKNOWN_TYPE',
      `the message type must be one of ${SOCIETY_REGISTER_TYPES.join(', ')}`,
      [{ field: 'type', reason: 'unknown message type' }],
    );
  const instance = plainToInstance(
    MESSAGE_CLASS[typeof type === 'string' ? (type as SocietyRegisterType) : 'register'],
    json,
  );
  const errors = flattenValidationErrors(
    validateSync(instance, {
      whitelist: true,
      forbidUnknownValues: true,
      validationError: { target: false, value: false },
    }),
  ).map((problem) => ({ field: problem.field, reason: problem.message }));
  if (errors.length > 0)
    return refused(
      'INBOUND.INVALID',
      `the message breaks the society-register schema: ${errors.map((e) => e.field).join(', ')}`,
      errors,
    );
  // Untrusted input, now validated: the class instance of its type holds exactly the
  // fields the message type declares, which the compiler cannot tell from the lookup.
  return { ok: true, message: instance as unknown as SocietyRegisterMessage };
}

function refused(
  code: string,
  message: string,
  errors?: DeadLetterReason['errors'],
): ParsedMessage {
  return { ok: false, reason: { code, message, ...(errors ? { errors } : {}) } };
}

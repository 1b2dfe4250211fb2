/** What a command carries besides its payload: who, why, and how to retry it safely. */
export interface CommandContext {
  /** The token's subject; never taken from the body. */
  readonly actor: string;
  readonly correlationId: string;
  /** The client's Idempotency-Key, scoped to the actor; null for a one-off command. */
  readonly idempotencyKey: string | null;
  /** The version the client expects (If-Match), or null. */
  readonly expectedVersion: number | null;
  /**
   * sha256 of the HTTP request under an Idempotency-Key (method, route, path parameters,
   * canonical JSON body): a retry must be this request, not another under the same key.
   */
  readonly requestHash?: string;
  /**
   * When the change happened by the sender's account (a registry's `occurredAt`), ISO 8601
   * UTC; the command's own business time, if it states one, comes first.
   */
  readonly occurredAt?: string;
}

/** The answer to every command: the stream it wrote and the version after it. */
export interface CommandOutcome {
  readonly id: string;
  readonly streamId: string;
  readonly version: number;
  /** The types of the events this command appended (none when it changed nothing). */
  readonly events: readonly string[];
  /** True when this answer repeats an earlier commit of the same Idempotency-Key. */
  readonly replayed: boolean;
  /** Targets the command missed without being refused, e.g. a liaison's 8 to 10 societies. */
  readonly warnings?: readonly { readonly code: string; readonly message: string }[];
}

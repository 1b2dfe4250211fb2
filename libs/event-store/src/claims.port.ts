/**
 * Unique values that live outside a stream (a society's name, its credit code): each
 * key is claimed by one owner, a stream id. The store's unique `_id` makes the claim
 * atomic without transactions.
 */
export interface Claim {
  readonly owner: string;
  /** When the owner claimed it, ISO 8601. */
  readonly at: string;
}

export abstract class UniqueClaims {
  /** Claims `key` for `owner` at `at` (ISO time); returns the claim that holds afterwards. */
  abstract claim(key: string, owner: string, at: string): Promise<Claim>;

  /** Moves a claim from `from` to `to` only if `from` still holds it. */
  abstract transfer(key: string, from: string, to: string, at: string): Promise<boolean>;

  /** Who holds `key`, or null. */
  abstract ownerOf(key: string): Promise<string | null>;

  /** Releases `key` if `owner` holds it. */
  abstract release(key: string, owner: string): Promise<void>;

  abstract close(): Promise<void>;
}

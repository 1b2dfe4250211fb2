import { parseArgs } from 'node:util';

export const USAGE = `usage: npm run cli -- <command>

  help      print this

  verify    recompute every hash chain, check it against the latest seal and every
            evidence file against its hash, name any commit that is missing or
            altered and any file missing or changed (exit 1 if any);
            verify <backup-dir> checks a backup: its files against its manifest, its
            chains, seal and evidence files, its stream heads against the manifest's
  seal      record a seal of every stream's head now
  rebuild   rebuild the read models from the event store into fresh collections,
            then switch every process to them
  check     compare the event store with the read models and print every difference
            (exit 1 if any)
  backup    copy the embedded data directory while the api runs: the event store
            (with the accounts' passwords, sessions and links) and the views by
            SQLite's online backup, the token secret and the evidence files (files/),
            with a manifest of sizes, SHA-256, counts, heads and the latest seal:
            backup <target-dir> (absent or empty)
  restore   check a backup against its manifest, copy it into DATA_DIR (which must be
            absent or empty) and bring the views up to its event store:
            restore <backup-dir>
  import    apply an arrangement table (宣讲安排表, XLSX or CSV) to a campaign, row by
            row, like POST /campaigns/{id}/imports (exit 1 if any row is refused):
            import --campaign <uuid> [--actor <who>] <file.xlsx|file.csv>
            (the actor of the events defaults to cli:<os user>)
  accounts  accounts invite-admin --login <login> --name <display name>: invite the
            first office (办公室) account and print its one-time link path (open it
            on the api's address to set the password)
  token     mint a bearer token (HS256, with the configured or embedded secret):
            token --role admin|auditor|liaison|society|integration --sub <who>
                  [--member-id <uuid>] [--society-id <uuid>] [--scopes a,b] [--expires 30d]

Progress goes to stderr (a bar on a terminal, a few plain lines otherwise), the summary
to stdout. Exit 0 when done, 1 when problems were found, rows refused or a backup or
restore refused (a changed backup, a directory not empty), 2 on a usage error, 3 when
the command could not run (a store that cannot be reached, say).

The settings are the api's (see the README): embedded mode by default, distributed
when MONGODB_URI is set.`;

/** A command line that cannot be run as given; the message says what to change. */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  /** `withUsage`: print the whole usage after the message, not just where to find it. */
  constructor(
    message: string,
    readonly withUsage = false,
  ) {
    super(message);
  }
}

/**
 * Reads a command's options (`--name value`) and positional arguments; an unknown
 * option or one without its value is a UsageError naming it.
 */
export function readOptions<const N extends string>(
  command: string,
  args: readonly string[],
  names: readonly N[],
): { options: Partial<Record<N, string>>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
      allowPositionals: true,
      strict: true,
    });
    return { options: values as Partial<Record<N, string>>, positionals };
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message}`);
  }
}

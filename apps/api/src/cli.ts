import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { latestSeal, sealStore, verifyStore } from '@pb/event-store';
import { ConfigError, ENTITY_PROJECTIONS, loadConfig, Runtime } from '@pb/platform';
import { checkConsistency, rebuildReadModels } from '@pb/projections';
import type { Role } from './auth/principal';
import { TokenService } from './auth/token.service';

const USAGE = `usage: npm run cli -- <command>

  verify    recompute every hash chain, check it against the latest seal, name any
            commit that is missing or altered (exit 1 if any)
  seal      record a seal of every stream's head now
  rebuild   rebuild the read models from the event store into fresh collections,
            then switch every process to them
  check     compare the event store with the read models and print every difference
            (exit 1 if any)
  token     mint a bearer token (HS256, with the configured or embedded secret):
            token --role admin|auditor|liaison|society|integration --sub <who>
                  [--member-id <uuid>] [--society-id <uuid>] [--scopes a,b] [--expires 30d]

The settings are the api's (see the README): embedded mode by default, distributed
when MONGODB_URI is set.`;

/** A progress line on stderr, redrawn in place on a terminal. */
function progress(label: string, done: number, total: number | null): void {
  const width = 30;
  const bar = total ? '#'.repeat(Math.round((done / total) * width)).padEnd(width, '.') : '';
  const text = total ? `${label} [${bar}] ${done}/${total}` : `${label} ${done}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${text}   `);
  else if (total ? done === total || done % 500 === 0 : done % 5000 === 0)
    process.stderr.write(`${text}\n`);
}

async function main(command: string | undefined): Promise<number> {
  if (command === 'token') return mintToken(process.argv.slice(3));
  if (!command || !['verify', 'seal', 'rebuild', 'check'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const runtime = await Runtime.open(config);
  const { store, views } = runtime.infra;
  try {
    const started = Date.now();
    const took = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
    switch (command) {
      case 'verify': {
        const report = await verifyStore(store, {
          federationId: config.federationId,
          onProgress: (p) => progress('commits read', p.commits, null),
        });
        console.log(
          `verify: ${report.commits} commits in ${report.streams} streams, ${report.seal ? `against the seal of ${report.seal.sealedAt} (${report.seal.streams} streams)` : 'no seal yet'}; ${took()}`,
        );
        for (const problem of report.problems) console.log(`  ${problem.kind}: ${problem.message}`);
        console.log(
          report.ok
            ? 'verify: OK, nothing missing or altered'
            : `verify: ${report.problems.length} problem(s); first: ${report.firstProblem?.message}`,
        );
        return report.ok ? 0 : 1;
      }
      case 'seal': {
        const outcome = await sealStore(store, {
          federationId: config.federationId,
          now: () => new Date(),
          newId: randomUUID,
          onProgress: (p) => progress('commits read', p.commits, null),
        });
        const latest = await latestSeal(store, config.federationId);
        console.log(
          `seal: ${outcome.streams} streams sealed at ${outcome.sealedAt}, root ${outcome.root}, recorded as ${latest?.commitId}; ${took()}`,
        );
        return 0;
      }
      case 'rebuild': {
        const report = await rebuildReadModels(store, views, ENTITY_PROJECTIONS, (p) =>
          progress(p.phase, p.done, p.total),
        );
        console.log(
          `rebuild: ${report.events} events in ${report.commits} commits replayed into generation ${report.to} (was ${report.from}); ${took()}`,
        );
        for (const [collection, count] of Object.entries(report.documents))
          console.log(`  ${collection}: ${count}`);
        return 0;
      }
      default: {
        const report = await checkConsistency(store, views, ENTITY_PROJECTIONS);
        console.log(
          `check: ${report.events} events in ${report.commits} commits against ${report.documents} documents; ${took()}`,
        );
        for (const difference of report.differences)
          console.log(
            `  ${difference.problem}: ${difference.collection}/${difference.id}${difference.problem === 'different' ? `\n    expected ${JSON.stringify(difference.expected)}\n    actual   ${JSON.stringify(difference.actual)}` : ''}`,
          );
        console.log(
          report.differences.length === 0
            ? 'check: the views agree with the event store'
            : `check: ${report.differences.length} difference(s)`,
        );
        return report.differences.length === 0 ? 0 : 1;
      }
    }
  } finally {
    await runtime.close();
  }
}

async function mintToken(args: string[]): Promise<number> {
  const option = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const role = option('role');
  const sub = option('sub');
  if (!role || !sub) {
    console.error(USAGE);
    return 2;
  }
  const { tokens } = await TokenService.fromConfig(loadConfig());
  const token = await tokens.mint(
    {
      sub,
      role: role as Role,
      memberId: option('member-id'),
      societyId: option('society-id'),
      scopes: option('scopes')?.split(',').filter(Boolean),
    },
    option('expires') ?? '30d',
  );
  console.log(token);
  return 0;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(2);
  },
);

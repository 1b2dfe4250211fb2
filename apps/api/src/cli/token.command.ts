import { DomainError } from '@pb/domain';
import type { AppConfig } from '@pb/platform';
import type { Role } from '../auth/principal';
import { TokenService } from '../auth/token.service';
import { readOptions, UsageError } from './usage';

/** `token --role <role> --sub <who> [...]`: prints a bearer token signed with the configured secret. */
export async function mintToken(config: () => AppConfig, args: readonly string[]): Promise<number> {
  const { options, positionals } = readOptions('token', args, [
    'role',
    'sub',
    'member-id',
    'society-id',
    'scopes',
    'expires',
  ]);
  if (!options.role || !options.sub) throw new UsageError('token: --role and --sub are required');
  if (positionals.length > 0) throw new UsageError(`token: unexpected ${positionals.join(' ')}`);
  const { tokens } = await TokenService.fromConfig(config());
  const token = await tokens
    .mint(
      {
        sub: options.sub,
        role: options.role as Role,
        memberId: options['member-id'],
        societyId: options['society-id'],
        scopes: options.scopes?.split(',').filter(Boolean),
      },
      options.expires ?? '30d',
    )
    .catch((error: unknown) => {
      // Claims that would make a token the api refuses (a liaison without --member-id, say).
      if (error instanceof DomainError) throw new UsageError(`token: ${error.message}`);
      throw error;
    });
  console.log(token);
  return 0;
}

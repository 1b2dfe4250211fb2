import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ALLOW, PUBLIC, type Grant } from './allow.decorator';
import { Forbidden, Unauthenticated } from './auth-errors';
import type { Principal } from './principal';
import { Sessions } from './sessions';
import { sessionIdOf } from './sign-in.rules';
import { TokenService } from './token.service';

export type AuthenticatedRequest = FastifyRequest & { principal?: Principal; actor?: string };

/**
 * Every route needs a verified bearer token or a signed-in session's cookie (with its
 * CSRF token on writes) unless marked public, and admits only the
 * roles its @Allow names (admin always). A route without @Allow is admin-only: a new
 * route is closed until someone opens it. Ownership (a liaison's societies, a society's
 * own tasks) is checked by the handlers, which know the resource.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly sessions: Sessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticate(request);
    request.principal = principal;
    request.actor = principal.sub;
    if (principal.role === 'admin') return true;
    const grants = this.reflector.getAllAndOverride<Grant[]>(ALLOW, targets) ?? [];
    const admitted =
      principal.role === 'integration'
        ? grants.some(
            (grant) =>
              grant.startsWith('scope:') && principal.scopes.includes(grant.slice('scope:'.length)),
          )
        : grants.includes(principal.role as Grant);
    if (!admitted)
      throw new Forbidden(
        `the role ${principal.role} may not ${request.method} ${request.routeOptions?.url ?? request.url}`,
      );
    return true;
  }

  /** A system sends a bearer token; a person's browser sends the session cookie. */
  private async authenticate(request: AuthenticatedRequest): Promise<Principal> {
    const header = request.headers.authorization;
    if (header === undefined && sessionIdOf(request.headers.cookie) !== null)
      return this.sessions.principal(request);
    if (typeof header !== 'string' || !/^Bearer\s+\S+$/i.test(header))
      throw new Unauthenticated(
        'AUTH.TOKEN_MISSING',
        'send a bearer token (Authorization: Bearer <token>) or sign in',
      );
    return this.tokens.verify(header.replace(/^Bearer\s+/i, ''));
  }
}

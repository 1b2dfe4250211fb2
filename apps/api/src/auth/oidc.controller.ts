import { Controller, Get, HttpCode, Inject, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { idInStream } from '@pb/contracts';
import { UniqueClaims } from '@pb/event-store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { acceptedByThemself } from '../accounts/accept-invitation/accept-invitation.command';
import { loginKey } from '../accounts/account-runner';
import { ApiProblems } from '../http/api-problems';
import { Public } from './allow.decorator';
import { OidcCallbackQuery } from './oidc-callback.query.dto';
import { OidcClient, OidcFailure, type OidcAttempt } from './oidc-client';
import { Sessions } from './sessions';
import { OidcNotConfigured, OidcUnavailable } from './sign-in-errors';
import { cookieValue, sessionCookie } from './sign-in.rules';

const ATTEMPT_COOKIE = 'pb_oidc';
const ATTEMPT_SECONDS = 600;

/**
 * Sign-in through the federation's OpenID Connect provider, where one is set up (OIDC_
 * settings): the person is sent there and comes back with a code; the account whose login
 * the ID token names is signed in with a session cookie, as after a password. Accounts
 * and their roles are still the office's: the provider only vouches for who the person is.
 */
@ApiTags('session 登录')
@Public()
@Controller('session')
export class OidcController {
  constructor(
    private readonly oidc: OidcClient,
    private readonly sessions: Sessions,
    private readonly commands: CommandBus,
    @Inject(UniqueClaims) private readonly claims: UniqueClaims,
  ) {}

  @Get('providers')
  @ApiOperation({ summary: '登录方式: whether people may sign in through the federation provider' })
  @ApiProblems({ 429: true, 503: true })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['password', 'oidc'],
      properties: {
        password: { type: 'boolean', enum: [true] },
        oidc: {
          type: 'object',
          nullable: true,
          required: ['name', 'path'],
          properties: { name: { type: 'string' }, path: { type: 'string' } },
        },
      },
    },
  })
  providers() {
    const settings = this.oidc.settings;
    return {
      password: true,
      oidc: settings ? { name: settings.name, path: '/session/oidc' } : null,
    };
  }

  @Get('oidc')
  @HttpCode(302)
  @ApiOperation({ summary: '统一身份认证登录: go to the federation provider to sign in' })
  @ApiResponse({ status: 302, description: 'To the provider, with a short-lived cookie' })
  @ApiProblems({ 404: 'AUTH.OIDC_NOT_CONFIGURED: no provider is set up', 429: true, 503: true })
  async start(@Res({ passthrough: true }) reply: FastifyReply) {
    const { location, attempt } = await this.startOrRefuse();
    void reply
      .header('Set-Cookie', this.attemptCookie(attempt, ATTEMPT_SECONDS))
      .header('Cache-Control', 'no-store')
      .header('Location', location);
  }

  @Get('oidc/callback')
  @HttpCode(302)
  @ApiOperation({
    summary:
      '统一身份认证回调: the provider sends the person back; signed in, they go to the workbench, otherwise to its sign-in page with the reason',
  })
  @ApiResponse({ status: 302, description: 'To /app/ signed in, or to the sign-in page' })
  @ApiProblems({ 400: true, 429: true, 431: true })
  async callback(
    @Query() query: OidcCallbackQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const cookies = [this.attemptCookie(null, 0)];
    let location = '/app/#/';
    try {
      const login = await this.oidc.finish(
        query.code ?? '',
        query.state ?? '',
        query.error ? null : attemptOf(cookieValue(request.headers.cookie, ATTEMPT_COOKIE)),
      );
      const signedIn = await this.sessions.signInVerified(await this.accountOf(login, request));
      cookies.push(
        sessionCookie(signedIn.sessionId, this.sessions.cookieMaxAge, this.sessions.cookieSettings),
      );
    } catch (error) {
      const code =
        error instanceof OidcFailure
          ? error.code
          : ((error as { code?: string }).code ?? 'AUTH.OIDC_FAILED');
      location = `/app/#/sign-in?problem=${encodeURIComponent(code)}`;
    }
    void reply.header('Set-Cookie', cookies).header('Cache-Control', 'no-store');
    void reply.header('Location', location);
  }

  private async startOrRefuse() {
    try {
      return await this.oidc.start();
    } catch (error) {
      if (error instanceof OidcFailure && error.code === 'AUTH.OIDC_NOT_CONFIGURED')
        throw new OidcNotConfigured();
      throw new OidcUnavailable();
    }
  }

  /** The account of a login; an invited one is activated, the provider having vouched for it. */
  private async accountOf(login: string, request: FastifyRequest): Promise<string> {
    // The login's claim is owned by the account's stream (account-<id>).
    const owner = await this.claims.ownerOf(loginKey(login));
    const accountId = owner ? idInStream(owner) : null;
    const account = accountId ? await this.sessions.account(accountId) : null;
    if (!accountId || !account)
      throw new OidcFailure('AUTH.OIDC_UNKNOWN_ACCOUNT', `no account has the login ${login}`);
    if (account.status === 'invited')
      await this.commands.execute(acceptedByThemself(accountId, request.id));
    return accountId;
  }

  private attemptCookie(attempt: OidcAttempt | null, maxAge: number): string {
    const value = attempt ? Buffer.from(JSON.stringify(attempt)).toString('base64url') : '';
    return [
      `${ATTEMPT_COOKIE}=${value}`,
      'HttpOnly',
      // Lax: the provider's redirect back is a cross-site navigation, which Strict would strip.
      'SameSite=Lax',
      'Path=/session/oidc',
      `Max-Age=${maxAge}`,
      ...(this.sessions.cookieSettings.cookieSecure ? ['Secure'] : []),
    ].join('; ');
  }
}

function attemptOf(raw: string | null): OidcAttempt | null {
  if (!raw) return null;
  try {
    // The browser sent it back as we set it; a forged one can only fail the state check.
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as OidcAttempt;
    return typeof parsed.state === 'string' &&
      typeof parsed.nonce === 'string' &&
      typeof parsed.verifier === 'string'
      ? parsed
      : null;
  } catch {
    return null;
  }
}

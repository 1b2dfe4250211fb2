import {
  applyDecorators,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems';
import { SessionAnswer } from './session.response.dto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { acceptedByThemself } from '../accounts/accept-invitation/accept-invitation.command';
import { Public } from './allow.decorator';
import { Sessions, type SignedIn } from './sessions';
import { sessionCookie } from './sign-in.rules';
import { AcceptInvitationRequest, SignInRequest } from './sign-in.request.dto';

/**
 * A person's sign-in: a password or a one-time link starts a session kept in an
 * HttpOnly cookie; the body answers the account and the CSRF token writes must send.
 * These routes find the session themselves, so that an account without a role can
 * still see who it is and sign out.
 */
/** A sign-out: the cookie's session, its CSRF token, 204 and a cleared cookie. */
const ApiSignOut = () =>
  applyDecorators(
    ApiCookieAuth('session'),
    ApiNoContentResponse({ description: 'Signed out; the cookie is cleared' }),
    ApiProblems({
      401: 'AUTH.SESSION_MISSING: not signed in, or the session ended',
      403: 'AUTH.CSRF_INVALID: the X-CSRF-Token header is missing or wrong',
      429: true,
      503: true,
    }),
  );

@ApiTags('session 登录')
@Public()
@Controller()
export class SessionController {
  constructor(
    private readonly sessions: Sessions,
    private readonly commands: CommandBus,
  ) {}

  @Post('session')
  @HttpCode(200)
  @ApiOperation({ summary: '登录: sign in with login and password' })
  @ApiOkResponse({
    type: SessionAnswer,
    description: 'Signed in; the session id is in the pb_session cookie',
  })
  @ApiProblems({
    400: true,
    401: 'AUTH.CREDENTIALS_WRONG: the login or the password is wrong',
    403: 'AUTH.ACCOUNT_DISABLED: the account is disabled',
    413: true,
    423: true,
    429: true,
    503: true,
  })
  async signIn(@Body() body: SignInRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.started(reply, await this.sessions.signIn(body.login, body.password));
  }

  @Post('session/invitation')
  @HttpCode(201)
  @ApiOperation({ summary: '接受邀请: set the password from a one-time link, and sign in' })
  @ApiCreatedResponse({ type: SessionAnswer, description: 'Password set and signed in' })
  @ApiProblems({
    400: true,
    403: 'AUTH.ACCOUNT_DISABLED: the account is disabled',
    410: 'AUTH.INVITATION_INVALID: the link was used, has expired or was replaced',
    413: true,
    422: 'ACCOUNT.DISABLED: the account was disabled since the link was made',
    429: true,
    503: true,
  })
  async accept(
    @Body() body: AcceptInvitationRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const accountId = await this.sessions.takeInvitation(body.token);
    await this.commands.execute(acceptedByThemself(accountId, request.id));
    return this.started(reply, await this.sessions.setPassword(accountId, body.password));
  }

  @Get('session')
  @ApiOperation({ summary: '当前登录: the signed-in account and its CSRF token' })
  @ApiCookieAuth('session')
  @ApiOkResponse({ type: SessionAnswer })
  @ApiProblems({
    401: 'AUTH.SESSION_MISSING: not signed in, or the session ended',
    429: true,
    503: true,
  })
  async current(@Req() request: FastifyRequest) {
    const { account, session } = await this.sessions.current(request);
    return { account, csrfToken: session.csrfToken };
  }

  @Delete('session')
  @HttpCode(204)
  @ApiOperation({ summary: '退出: sign out this session' })
  @ApiSignOut()
  async signOut(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { session } = await this.sessions.forWrite(request);
    await this.sessions.endSession(session);
    this.clearCookie(reply);
  }

  @Delete('sessions')
  @HttpCode(204)
  @ApiOperation({ summary: '全部退出: sign out every session of this account' })
  @ApiSignOut()
  async signOutEverywhere(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { account } = await this.sessions.forWrite(request);
    await this.sessions.endSessionsOf(account.id);
    this.clearCookie(reply);
  }

  private started(reply: FastifyReply, signedIn: SignedIn) {
    void reply
      .header(
        'Set-Cookie',
        sessionCookie(signedIn.sessionId, this.sessions.cookieMaxAge, this.sessions.cookieSettings),
      )
      .header('Cache-Control', 'no-store');
    return { account: signedIn.account, csrfToken: signedIn.session.csrfToken };
  }

  private clearCookie(reply: FastifyReply): void {
    void reply.header('Set-Cookie', sessionCookie('', 0, this.sessions.cookieSettings));
  }
}

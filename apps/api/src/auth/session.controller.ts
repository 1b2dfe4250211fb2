import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptInvitationCommand } from '../accounts/accept-invitation/accept-invitation.command';
import { Public } from './allow.decorator';
import { accountActor, Sessions, type SignedIn } from './sessions';
import { sessionCookie } from './sign-in.rules';
import { AcceptInvitationRequest, SignInRequest } from './sign-in.request.dto';

/**
 * A person's sign-in: a password or a one-time link starts a session kept in an
 * HttpOnly cookie; the body answers the account and the CSRF token writes must send.
 * These routes find the session themselves, so that an account without a role can
 * still see who it is and sign out.
 */
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
  async signIn(@Body() body: SignInRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.started(reply, await this.sessions.signIn(body.login, body.password));
  }

  @Post('session/invitation')
  @HttpCode(201)
  @ApiOperation({ summary: '接受邀请: set the password from a one-time link, and sign in' })
  async accept(
    @Body() body: AcceptInvitationRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const accountId = await this.sessions.takeInvitation(body.token);
    await this.commands.execute(
      new AcceptInvitationCommand(
        { accountId },
        {
          actor: accountActor(accountId),
          correlationId: request.id,
          idempotencyKey: null,
          expectedVersion: null,
        },
      ),
    );
    return this.started(reply, await this.sessions.setPassword(accountId, body.password));
  }

  @Get('session')
  @ApiOperation({ summary: '当前登录: the signed-in account and its CSRF token' })
  async current(@Req() request: FastifyRequest) {
    const { account, session } = await this.sessions.current(request);
    return { account, csrfToken: session.csrfToken };
  }

  @Delete('session')
  @HttpCode(204)
  @ApiOperation({ summary: '退出: sign out this session' })
  async signOut(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { session } = await this.sessions.forWrite(request);
    await this.sessions.endSession(session);
    this.clearCookie(reply);
  }

  @Delete('sessions')
  @HttpCode(204)
  @ApiOperation({ summary: '全部退出: sign out every session of this account' })
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

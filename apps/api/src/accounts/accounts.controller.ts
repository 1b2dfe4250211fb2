import { CommandAnswer } from '../http/command-answer.dto';
import { randomUUID } from 'node:crypto';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountIsDisabled, AccountNotFound } from '@pb/domain';
import { accountProjection, ReadModelStore, type AccountView } from '@pb/projections';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../application/command-context';
import { GetViewQuery } from '../application/get-view/get-view.query';
import { Sessions } from '../auth/sessions';
import { ApiGuarded, ApiCommandProblems, ApiReadProblems } from '../http/api-problems';
import { Ctx } from '../http/command-headers';
import { CommandRoute } from '../http/command-route';
import { answer, dispatch } from '../http/dispatch';
import { FreshnessQuery } from '../http/freshness.dto';
import { ApiPage } from '../http/paging.dto';
import { uuidParam } from '../http/uuid-param';
import { filteredPage } from '../status/filtered-page';
import { AccountListQuery } from './account-list.query.dto';
import { AccountResponse, InvitationResponse, InviteAnswer } from './account.response.dto';
import { DisableAccountCommand } from './disable-account/disable-account.command';
import { DisableAccountRequest } from './disable-account/disable-account.request.dto';
import { EnableAccountCommand } from './enable-account/enable-account.command';
import { GrantAccountRoleCommand } from './grant-account-role/grant-account-role.command';
import { GrantAccountRoleRequest } from './grant-account-role/grant-account-role.request.dto';
import { InviteAccountCommand } from './invite-account/invite-account.command';
import { InviteAccountRequest } from './invite-account/invite-account.request.dto';
import { WithdrawAccountRoleCommand } from './withdraw-account-role/withdraw-account-role.command';

const DEFAULT_LIMIT = 50;

/** The office's accounts: invite, list, grant and withdraw roles, disable and enable. Admin only. */
@ApiTags('accounts 账号')
@ApiGuarded()
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly sessions: Sessions,
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
  ) {}

  // Above CommandRoute, so that it replaces the plain command answer that route documents.
  @ApiCreatedResponse({ type: InviteAnswer })
  @CommandRoute({
    summary: '邀请账号: invite a person, with a role; answers a one-time link',
    notFound: 'MEMBER.NOT_FOUND or SOCIETY.NOT_FOUND',
    conflict: 'ACCOUNT.LOGIN_TAKEN',
    rule: 'MEMBER.RETIRED or SOCIETY.DEREGISTERED',
    creates: true,
  })
  async invite(
    @Body() body: InviteAccountRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { login, displayName, role, memberId, societyId } = body;
    const accountId = randomUUID();
    const outcome = await dispatch(
      this.commands,
      reply,
      new InviteAccountCommand(
        { accountId, login, displayName, role, memberId, societyId },
        context,
      ),
    );
    void reply.header('Location', `/accounts/${outcome.id}`);
    return { ...outcome, invitation: await this.sessions.issueInvitation(outcome.id) };
  }

  @Post(':id/invitation')
  @HttpCode(201)
  @ApiOperation({ summary: '重发邀请链接: a new one-time link; the earlier ones stop working' })
  @ApiCreatedResponse({ type: InvitationResponse })
  @ApiCommandProblems({ notFound: 'ACCOUNT.NOT_FOUND', rule: 'ACCOUNT.DISABLED', body: false })
  async reinvite(@Param('id', uuidParam()) id: string) {
    const account = await this.sessions.account(id);
    if (!account) throw new AccountNotFound(id);
    if (account.status === 'disabled') throw new AccountIsDisabled(id);
    return this.sessions.issueInvitation(id);
  }

  @CommandRoute(':id/role', {
    summary: "授予角色: replace the account's role",
    notFound: 'ACCOUNT.NOT_FOUND, MEMBER.NOT_FOUND or SOCIETY.NOT_FOUND',
    rule: 'MEMBER.RETIRED or SOCIETY.DEREGISTERED',
    replaces: true,
  })
  async grant(
    @Param('id', uuidParam()) id: string,
    @Body() body: GrantAccountRoleRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { role, memberId, societyId } = body;
    return dispatch(
      this.commands,
      reply,
      new GrantAccountRoleCommand({ accountId: id, role, memberId, societyId }, context),
    );
  }

  @Delete(':id/role')
  @ApiOperation({ summary: '撤销角色: the account keeps no role; its sessions end at once' })
  @ApiOkResponse({ type: CommandAnswer, description: 'The command answer' })
  @ApiCommandProblems({ notFound: 'ACCOUNT.NOT_FOUND', body: false })
  async withdraw(
    @Param('id', uuidParam()) id: string,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return answer(
      reply,
      await this.commands.execute(new WithdrawAccountRoleCommand({ accountId: id }, context)),
    );
  }

  @CommandRoute(':id/disable', {
    summary: '停用账号: the account may not sign in; its sessions end at once',
    notFound: 'ACCOUNT.NOT_FOUND',
  })
  async disable(
    @Param('id', uuidParam()) id: string,
    @Body() body: DisableAccountRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new DisableAccountCommand({ accountId: id, reason: body.reason }, context),
    );
  }

  @CommandRoute(':id/enable', {
    summary: '启用账号: a disabled account may sign in again',
    notFound: 'ACCOUNT.NOT_FOUND',
    body: false,
  })
  async enable(
    @Param('id', uuidParam()) id: string,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(this.commands, reply, new EnableAccountCommand({ accountId: id }, context));
  }

  @Get()
  @ApiReadProblems()
  @ApiOperation({ summary: '账号列表: accounts, filtered by status, with a cursor' })
  @ApiPage(AccountResponse)
  async list(@Query() query: AccountListQuery) {
    const where: Record<string, string> = query.status ? { status: query.status } : {};
    return filteredPage(
      (after, limit) =>
        this.views.find<AccountView>(accountProjection.spec.name, { where, limit, after }),
      (accounts) => accounts.map(AccountResponse.of),
      query.limit ?? DEFAULT_LIMIT,
      query.cursor ?? null,
    );
  }

  @Get(':id')
  @ApiReadProblems('ACCOUNT.NOT_FOUND')
  @ApiOperation({ summary: '账号详情: one account' })
  @ApiOkResponse({ type: AccountResponse })
  async get(
    @Param('id', uuidParam()) id: string,
    @Query() freshness: FreshnessQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const view = await this.queries.execute(
      new GetViewQuery<AccountView>(
        accountProjection.spec.name,
        id,
        () => new AccountNotFound(id),
        freshness.minVersion ?? null,
      ),
    );
    void reply.header('ETag', `"${view.version}"`);
    return AccountResponse.of(view);
  }
}

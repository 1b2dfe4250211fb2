import { Body, Controller, Get, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../../application/command-context';
import { Access, Caller } from '../../auth/access';
import { Allow } from '../../auth/allow.decorator';
import type { Principal } from '../../auth/principal';
import { ApiGuarded, ApiProblems } from '../../http/api-problems';
import { Ctx } from '../../http/command-headers';
import { CommandRoute } from '../../http/command-route';
import { dispatch } from '../../http/dispatch';
import { uuidParam } from '../../http/uuid-param';
import { CloseServiceTaskRatingCommand } from '../close-service-task-rating/close-service-task-rating.command';
import { OpenServiceTaskRatingCommand } from '../open-service-task-rating/open-service-task-rating.command';
import { OpenServiceTaskRatingRequest } from '../open-service-task-rating/open-service-task-rating.request.dto';
import { RatingCodeSheetAnswer } from './rating.response.dto';
import { RatingLedger } from './rating-ledger';

/** A rating stays open two weeks unless the society says otherwise. */
const DEFAULT_OPEN_MS = 14 * 86_400_000;

/** The society's side of the people's rating: open it, print its codes, close it. */
@ApiTags('service-tasks 我为群众办实事')
@ApiGuarded()
@Controller('service-tasks')
export class ServiceTaskRatingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly access: Access,
    private readonly ledger: RatingLedger,
  ) {}

  @Allow('society')
  @CommandRoute(':id/rating', {
    summary:
      '开启群众评价: hand out one-time codes to the people served of a completed task (成效由群众评价)',
    notFound: 'SERVICE_TASK.NOT_FOUND',
    conflict: 'RATING.ALREADY_OPEN',
    rule: 'SERVICE_TASK.NOT_COMPLETED',
  })
  async open(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: OpenServiceTaskRatingRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.task(caller, id, false);
    const now = new Date();
    const closesAt = body.closesAt ?? new Date(now.getTime() + DEFAULT_OPEN_MS).toISOString();
    return dispatch(
      this.commands,
      reply,
      new OpenServiceTaskRatingCommand(
        { taskId: id, codes: body.codes, closesAt, now: now.toISOString() },
        context,
      ),
    );
  }

  @Allow('society')
  @Get(':id/rating/codes')
  @ApiOperation({
    summary:
      '评价码: the codes of the latest rating, to print as QR codes, each with whether it was used',
  })
  @ApiOkResponse({ type: RatingCodeSheetAnswer })
  @ApiProblems({
    400: true,
    404: 'SERVICE_TASK.NOT_FOUND: not found',
    422: 'RATING.NOT_OPEN: the task has no rating; RATING.CODES_UNAVAILABLE: the code secret changed',
  })
  async codes(@Caller() caller: Principal, @Param('id', uuidParam()) id: string) {
    await this.access.task(caller, id, false);
    return this.ledger.codeSheet(id);
  }

  @Allow('society')
  @CommandRoute(':id/rating/close', {
    summary:
      '结束群众评价: the mean of the ballots becomes the evaluation (below 3 reopens the task); without ballots none is recorded',
    notFound: 'SERVICE_TASK.NOT_FOUND',
    rule: 'RATING.NOT_OPEN, RATING.CLOSED',
    body: false,
  })
  async close(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.task(caller, id, false);
    return dispatch(
      this.commands,
      reply,
      new CloseServiceTaskRatingCommand(
        { taskId: id, atDeadline: false, now: new Date().toISOString() },
        context,
      ),
    );
  }
}

import { Body, Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { streamIdOf } from '@pb/contracts';
import { NotFound, RuleBroken, ServiceTaskNotFound, serviceTaskDecider } from '@pb/domain';
import {
  ReadModelStore,
  serviceTaskProjection,
  societyProjection,
  type ServiceTaskView,
  type SocietyView,
} from '@pb/projections';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CommandContext } from '../../application/command-context';
import { StreamStates } from '../../application/stream-states';
import { Public } from '../../auth/allow.decorator';
import { ApiProblems } from '../../http/api-problems';
import { Ctx } from '../../http/command-headers';
import { CommandRoute } from '../../http/command-route';
import { dispatch } from '../../http/dispatch';
import { uuidParam } from '../../http/uuid-param';
import { CastServiceTaskBallotCommand } from '../cast-service-task-ballot/cast-service-task-ballot.command';
import { CastServiceTaskBallotRequest } from '../cast-service-task-ballot/cast-service-task-ballot.request.dto';
import { AddressLimit } from './address-limit';
import { codeHash, normalizedCode } from './rating-codes';
import { RatingCodeStatusAnswer } from './rating.response.dto';

/** Requests a minute from one address to these routes. */
const PER_ADDRESS_PER_MINUTE = 120;
/** Ballots carry no account: whoever held the code, named in the event by its hash. */
const PEOPLE = 'people';

function unknownCode(): NotFound {
  return new NotFound('RATING.CODE_UNKNOWN', 'this rating code does not exist');
}

/**
 * The people's side of a rating: a phone page without an account reads what a code
 * rates and casts its one ballot. A code that cannot be one, of a task that does not
 * exist or of another rating, is answered alike: unknown.
 */
@ApiTags('ratings 群众评价')
@Public()
@ApiProblems({
  429: 'REQUEST.TOO_MANY: more than 120 requests a minute from this address',
  503: true,
})
@Controller('ratings')
export class RatingsController {
  private readonly limit = new AddressLimit(PER_ADDRESS_PER_MINUTE);

  constructor(
    private readonly commands: CommandBus,
    private readonly states: StreamStates,
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
  ) {}

  /** The hash of a code, after the address passed its limit; unknown when it cannot be a code. */
  private hashOf(request: FastifyRequest, raw: string): string {
    this.limit.admit(request.ip);
    const code = normalizedCode(raw);
    if (code === null) throw unknownCode();
    return codeHash(code);
  }

  @Get(':taskId/:code')
  @ApiOperation({ summary: '评价码: what the code rates, and whether it may still rate' })
  @ApiOkResponse({ type: RatingCodeStatusAnswer })
  @ApiProblems({ 400: true, 404: 'RATING.CODE_UNKNOWN: no rating handed out this code' })
  async status(
    @Param('taskId', uuidParam('taskId')) taskId: string,
    @Param('code') raw: string,
    @Req() request: FastifyRequest,
  ): Promise<RatingCodeStatusAnswer> {
    const hash = this.hashOf(request, raw);
    const { state } = await this.states.load(
      streamIdOf('service-task', taskId),
      serviceTaskDecider,
    );
    const rating = state.status === 'none' ? null : state.rating;
    if (state.status === 'none' || !rating?.codeHashes.includes(hash)) throw unknownCode();
    const [task, society] = await Promise.all([
      this.views.get<ServiceTaskView>(serviceTaskProjection.spec.name, taskId),
      this.views.get<SocietyView>(societyProjection.spec.name, state.societyId),
    ]);
    const closed = !rating.open || Date.now() >= Date.parse(rating.closesAt);
    return {
      taskId,
      title: task?.title ?? '',
      societyName: society?.name ?? '',
      status: rating.used.includes(hash) ? 'used' : closed ? 'closed' : 'open',
      closesAt: rating.closesAt,
    };
  }

  @CommandRoute(':taskId/:code', {
    summary: '评价: one ballot of 1 to 5 with the code; the event keeps only its hash',
    notFound: 'RATING.CODE_UNKNOWN',
    conflict: 'RATING.CODE_USED',
    rule: 'RATING.CLOSED',
  })
  async cast(
    @Param('taskId', uuidParam('taskId')) taskId: string,
    @Param('code') raw: string,
    @Body() body: CastServiceTaskBallotRequest,
    @Ctx() context: CommandContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const hash = this.hashOf(request, raw);
    const ballot = { taskId, codeHash: hash, score: body.score, comment: body.comment };
    return dispatch(
      this.commands,
      reply,
      new CastServiceTaskBallotCommand(
        { ...ballot, now: new Date().toISOString() },
        {
          ...context,
          actor: PEOPLE,
          // Everyone rates as the same actor: a key counts only with the code it came with.
          idempotencyKey: context.idempotencyKey && `${hash}:${context.idempotencyKey}`,
          expectedVersion: null,
        },
      ),
    ).catch((error: unknown) => {
      // To the holder of a code, a task without that rating has no such code either.
      if (error instanceof ServiceTaskNotFound) throw unknownCode();
      if (error instanceof RuleBroken && error.code === 'RATING.NOT_OPEN') throw unknownCode();
      throw error;
    });
  }
}

import { Body, Controller, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../application/command-context';
import { Allow } from '../auth/allow.decorator';
import { ApiGuarded } from '../http/api-problems';
import { Ctx } from '../http/command-headers';
import { CommandRoute } from '../http/command-route';
import { dispatch } from '../http/dispatch';
import { ApiYearParam, YearParam } from '../http/year-param';
import { SetVitalityWeightsCommand } from './set-vitality-weights/set-vitality-weights.command';
import { SetVitalityWeightsRequest } from './set-vitality-weights/set-vitality-weights.request.dto';

@ApiTags('vitality-weights 组织活力权重')
@ApiGuarded()
@Controller('vitality-weights')
export class VitalityWeightsController {
  constructor(private readonly commands: CommandBus) {}

  @Allow()
  @CommandRoute(':year', {
    summary:
      '设定组织活力权重: the year’s weights of the vitality score, replacing the ones in force',
    rule: 'VITALITY_WEIGHTS.SUM_NOT_100',
    replaces: true,
  })
  @ApiYearParam('年度')
  async set(
    @Param('year', YearParam) year: number,
    @Body() body: SetVitalityWeightsRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new SetVitalityWeightsCommand({ year, ...body }, context),
    );
  }
}

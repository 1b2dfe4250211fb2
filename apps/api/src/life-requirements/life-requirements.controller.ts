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
import { SetLifeRequirementsCommand } from './set-life-requirements/set-life-requirements.command';
import { SetLifeRequirementsRequest } from './set-life-requirements/set-life-requirements.request.dto';

@ApiTags('life-requirements 组织生活要求')
@ApiGuarded()
@Controller('life-requirements')
export class LifeRequirementsController {
  constructor(private readonly commands: CommandBus) {}

  @Allow()
  @CommandRoute(':year', {
    summary:
      '设定组织生活要求: the year’s requirement table and list sizes, replacing the one in force',
    replaces: true,
  })
  @ApiYearParam('年度')
  async set(
    @Param('year', YearParam) year: number,
    @Body() body: SetLifeRequirementsRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new SetLifeRequirementsCommand({ year, ...body }, context),
    );
  }
}

import { Injectable } from '@nestjs/common';
import {
  campaignDecider,
  type AssignmentFacts,
  type AssignSociety,
  type MoveAssignment,
} from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../application/command-context';
import { CommandRunner } from '../application/command-runner';
import { Facts } from '../application/facts';
import { LiaisonWarnings } from './liaison-warnings';

/** A command that gives a society a liaison, before its facts are looked up. */
export type LiaisonChange =
  Omit<AssignSociety, keyof AssignmentFacts> | Omit<MoveAssignment, keyof AssignmentFacts>;

/**
 * Runs a command that gives a society a liaison (assign or move): looks up the society
 * and the liaison, and answers with the liaisons it leaves outside 8 to 10 societies.
 */
@Injectable()
export class AssignmentRunner {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: Facts,
    private readonly warnings: LiaisonWarnings,
  ) {}

  async run(command: LiaisonChange, context: CommandContext): Promise<CommandOutcome> {
    const facts = await this.facts.assignment(command.societyId, command.liaisonId);
    const outcome = await this.runner.run(
      {
        streamType: 'campaign',
        id: command.campaignId,
        decider: campaignDecider,
        command: { ...command, ...facts },
      },
      context,
    );
    return this.warnings.added(outcome, command.liaisonId);
  }
}

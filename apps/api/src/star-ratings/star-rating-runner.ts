import { Injectable } from '@nestjs/common';
import {
  SocietyNotFound,
  starRatingDecider,
  type StarRatingCommand,
  type StarRatingRoundFacts,
} from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../application/command-context';
import { CommandRunner } from '../application/command-runner';
import { derivedId } from '../application/derived-id';
import { Facts } from '../application/facts';

/** What a rating command carries on the bus: the handler adds the stream and the round's facts. */
export type RatingPayload<C extends StarRatingCommand> = Omit<C, 'type' | 'ratingId' | 'round'>;

/** What the runner looked up for a command: the rating's stream and the round's rules. */
export interface RatingFacts {
  readonly ratingId: string;
  readonly round: StarRatingRoundFacts;
}

/**
 * Runs a command on a society's rating in a round: the stream is named by the two ids
 * (`derivedId`), the round's facts come from the round's stream, and an unknown round or
 * society answers 404 before anything is written.
 */
@Injectable()
export class StarRatingRunner {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: Facts,
  ) {}

  async run(
    subject: { readonly roundId: string; readonly societyId: string },
    command: (facts: RatingFacts) => StarRatingCommand,
    context: CommandContext,
  ): Promise<CommandOutcome> {
    const round = await this.facts.ratingRound(subject.roundId);
    if ((await this.facts.societyStatus(subject.societyId)) === 'unregistered')
      throw new SocietyNotFound(subject.societyId);
    const ratingId = derivedId(subject.roundId, subject.societyId);
    return this.runner.run(
      {
        streamType: 'star-rating',
        id: ratingId,
        decider: starRatingDecider,
        command: command({ ratingId, round }),
      },
      context,
    );
  }
}

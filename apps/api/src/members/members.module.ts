import { Module } from '@nestjs/common';
import { MemberCommandHandler } from './member.command';
import { MembersController } from './members.controller';

@Module({ controllers: [MembersController], providers: [MemberCommandHandler] })
export class MembersModule {}

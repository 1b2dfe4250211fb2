import { Module } from '@nestjs/common';
import { ChangeMemberPositionHandler } from './change-member-position/change-member-position.handler';
import { MembersController } from './members.controller';
import { RegisterMemberHandler } from './register-member/register-member.handler';
import { RetireMemberHandler } from './retire-member/retire-member.handler';

@Module({
  controllers: [MembersController],
  providers: [RegisterMemberHandler, ChangeMemberPositionHandler, RetireMemberHandler],
})
export class MembersModule {}

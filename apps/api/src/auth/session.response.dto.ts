import { ApiProperty } from '@nestjs/swagger';
import { ACCOUNT_ROLES } from '@pb/domain';

/** The signed-in account, as the pages learn it. */
export class SignedInAccountAnswer {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ example: 'zhang.san' })
  login!: string;
  @ApiProperty({ example: '张三' })
  displayName!: string;
  @ApiProperty({
    enum: ACCOUNT_ROLES,
    nullable: true,
    description: 'null once the role was withdrawn',
  })
  role!: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  memberId!: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  societyId!: string | null;
}

/** A session: who is signed in, and the token every cookie-authenticated write sends. */
export class SessionAnswer {
  @ApiProperty({ type: SignedInAccountAnswer })
  account!: SignedInAccountAnswer;
  @ApiProperty({ description: 'Send as X-CSRF-Token with every write made with the cookie' })
  csrfToken!: string;
}

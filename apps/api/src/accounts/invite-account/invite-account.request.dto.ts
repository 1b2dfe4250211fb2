import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { GrantAccountRoleRequest } from '../grant-account-role/grant-account-role.request.dto';

export class InviteAccountRequest extends GrantAccountRoleRequest {
  @ApiProperty({ example: 'wang.jg', pattern: '^[A-Za-z0-9._@-]{3,64}$', description: '登录名' })
  @Matches(/^[A-Za-z0-9._@-]{3,64}$/, {
    message: 'login must be 3 to 64 letters, digits, ".", "_", "@" or "-"',
  })
  @IsString()
  login!: string;

  @ApiProperty({ example: '王建国', maxLength: 40, description: '显示名' })
  @MaxLength(40)
  @IsNotEmpty()
  @IsString()
  displayName!: string;
}

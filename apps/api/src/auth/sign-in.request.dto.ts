import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Length, Matches, MaxLength } from 'class-validator';
import { PASSWORD_MAX, PASSWORD_MIN } from './passwords';

export class SignInRequest {
  @ApiProperty({ example: 'wang.jg', description: '登录名' })
  @MaxLength(64)
  @IsNotEmpty()
  @IsString()
  login!: string;

  @ApiProperty({ format: 'password', description: '密码' })
  @MaxLength(PASSWORD_MAX)
  @IsNotEmpty()
  @IsString()
  password!: string;
}

export class AcceptInvitationRequest {
  @ApiProperty({
    description: 'The token of the one-time link (base64url)',
    pattern: '^[A-Za-z0-9_-]{16,200}$',
  })
  @Matches(/^[A-Za-z0-9_-]{16,200}$/, { message: 'token must be the token of a one-time link' })
  @IsString()
  token!: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX })
  @Length(PASSWORD_MIN, PASSWORD_MAX, {
    message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters`,
  })
  @IsString()
  password!: string;
}

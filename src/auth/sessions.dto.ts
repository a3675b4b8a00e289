import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { ROLES, type Role } from './roles.js';

export class SignInDto {
  @ApiProperty({ description: 'the API key, sent once; the browser keeps only the session cookie', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  apiKey: string;
}

export class SessionUser {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
}

export class ConsoleSessionResponse {
  @ApiProperty({ type: SessionUser }) user: SessionUser;
  @ApiProperty({ description: 'send as X-CSRF-Token on every cookie-authenticated request that changes something' })
  csrfToken: string;
  @ApiProperty({ format: 'date-time', description: 'the session ends then, or earlier at sign-out or when its key is revoked' })
  expiresAt: string;
}

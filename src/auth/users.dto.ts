import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { ROLES, type Role } from './roles.js';

export class CreateUserDto {
  @ApiProperty({ example: 'Dana Weber', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;
}

export class ListQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'opaque cursor from nextCursor' })
  @IsOptional()
  @IsString()
  cursor?: string;
}

export class RevokeKeysQueryDto {
  @ApiPropertyOptional({ description: 'a keyId of this user to keep: every other key is revoked (a rotation: issue a key, then revoke the rest)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  except?: string;
}

export class UserResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class UserWithKeyResponse extends UserResponse {
  @ApiProperty({ description: 'shown only in this response; store it now' }) apiKey: string;
}

export class ApiKeyResponse {
  @ApiProperty() userId: string;
  @ApiProperty({ description: 'names this key, e.g. to keep it when revoking the others (DELETE …/api-keys?except=)' }) keyId: string;
  @ApiProperty({ description: 'shown only in this response' }) apiKey: string;
  @ApiProperty() keyPrefix: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class RevokedKeysResponse {
  @ApiProperty() userId: string;
  @ApiProperty() revoked: number;
}

export class UserListItem extends UserResponse {
  @ApiProperty({ description: 'keys of the user that are not revoked' }) activeKeys: number;
}

export class UserPage {
  @ApiProperty({ type: [UserListItem] }) items: UserListItem[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

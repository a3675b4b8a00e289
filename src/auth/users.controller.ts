import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, RequireRole } from './access.decorators.js';
import { UsersService } from './users.service.js';
import {
  ApiKeyResponse, CreateUserDto, ListQueryDto, RevokedKeysResponse, RevokeKeysQueryDto, UserPage, UserResponse, UserWithKeyResponse,
} from './users.dto.js';
import type { Caller } from './roles.js';

@ApiTags('users')
@Controller('v1')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post('users')
  @RequireRole('admin')
  @ApiCreatedResponse({ type: UserWithKeyResponse })
  create(@Body() body: CreateUserDto): UserWithKeyResponse {
    return this.users.create(body.name, body.role);
  }

  @Get('users')
  @RequireRole('admin')
  @ApiOkResponse({ type: UserPage })
  list(@Query() query: ListQueryDto) {
    return this.users.list(query.limit, query.cursor);
  }

  @Post('users/:id/api-keys')
  @RequireRole('admin')
  @ApiCreatedResponse({ type: ApiKeyResponse })
  issueKey(@Param('id') id: string): ApiKeyResponse {
    return this.users.issueKey(id);
  }

  @Delete('users/:id/api-keys')
  @RequireRole('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: RevokedKeysResponse })
  revokeKeys(@Param('id') id: string, @Query() query: RevokeKeysQueryDto): RevokedKeysResponse {
    return this.users.revokeKeys(id, query.except);
  }

  @Get('me')
  @RequireRole('fact_checker')
  @ApiOkResponse({ type: UserResponse })
  me(@CurrentCaller() caller: Caller): UserResponse {
    return this.users.me(caller);
  }
}

import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, RequireRole } from '../auth/access.decorators.js';
import type { Caller } from '../auth/roles.js';
import { FlagsService } from './flags.service.js';
import { FlagFilterDto, FlagPage, FlagQueryDto, FlagResponse, ResolveFlagDto } from './flags.dto.js';

@ApiTags('flags')
@Controller('v1')
export class FlagsController {
  constructor(private readonly flags: FlagsService) {}

  @Get('flags')
  @RequireRole('fact_checker')
  @ApiOkResponse({ type: FlagPage, description: 'newest first' })
  list(@Query() query: FlagQueryDto) {
    return this.flags.list(query);
  }

  @Get('claims/:id/flags')
  @RequireRole('fact_checker')
  @ApiOkResponse({ type: FlagPage, description: 'flags that involve this claim, newest first' })
  ofClaim(@Param('id') id: string, @Query() query: FlagFilterDto) {
    return this.flags.ofClaim(id, query);
  }

  @Post('flags/:id/resolve')
  @RequireRole('fact_checker')
  @HttpCode(200)
  @ApiOkResponse({ type: FlagResponse, description: 'the resolved flag' })
  @ApiConflictResponse({ description: 'the flag is not open' })
  resolve(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: ResolveFlagDto) {
    return this.flags.resolve(caller, id, body);
  }
}

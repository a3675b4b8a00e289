import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentCaller, RequireRole } from '../auth/access.decorators.js';
import type { Caller } from '../auth/roles.js';
import { ListQueryDto } from '../auth/users.dto.js';
import { ClaimsService } from '../claims/claims.service.js';
import { ClaimPage, SourceLinksResponse } from '../claims/claims.dto.js';
import { SourcesService } from './sources.service.js';
import { CreateSourceDto, SourcePage, SourceQueryDto, SourceResponse, SourceWithTextResponse } from './sources.dto.js';


@ApiTags('sources')
@Controller('v1/sources')
export class SourcesController {
  constructor(
    private readonly sources: SourcesService,
    private readonly claims: ClaimsService,
  ) {}

  @Post()
  @RequireRole('fact_checker')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: SourceResponse, description: 'a new source' })
  @ApiOkResponse({ type: SourceResponse, description: 'the source already held (duplicate: true)' })
  async ingest(
    @CurrentCaller() caller: Caller,
    @Body() body: CreateSourceDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SourceResponse> {
    const result = await this.sources.ingest(caller, body, key);
    reply.status(result.status);
    return result.body;
  }

  @Get()
  @RequireRole('fact_checker')
  @ApiOkResponse({ type: SourcePage })
  search(@Query() query: SourceQueryDto) {
    return this.sources.search(query);
  }

  @Get(':id')
  @RequireRole('fact_checker')
  @ApiOkResponse({ type: SourceWithTextResponse })
  get(@Param('id') id: string): SourceWithTextResponse {
    return this.sources.get(id);
  }

  @Get(':id/claims')
  @RequireRole('fact_checker')
  @ApiOkResponse({ type: ClaimPage })
  claimsOf(@CurrentCaller() caller: Caller, @Param('id') id: string, @Query() query: ListQueryDto) {
    return this.claims.ofSource(id, query, caller);
  }

  @Get(':id/links')
  @RequireRole('fact_checker')
  @ApiOkResponse({ type: SourceLinksResponse, description: 'links (denies, disputes, supports) that touch a claim citing the source' })
  linksOf(@Param('id') id: string): SourceLinksResponse {
    return this.claims.linksOfSource(id);
  }
}

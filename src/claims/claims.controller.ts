import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentCaller, RequireRole } from '../auth/access.decorators.js';
import type { Caller } from '../auth/roles.js';
import { etagFor, versionFromIfMatch } from '../common/etag.js';
import { ClaimsService } from './claims.service.js';
import {
  ClaimPage, ClaimQueryDto, ClaimResponse, CounterClaimResponse, CreateClaimDto, CreateCounterClaimDto, CreateLinkDto,
  HistoryEntryResponse, LinkResponse, RelationsResponse, UpdateClaimDto,
} from './claims.dto.js';
import { CorrectQuantityDto, QuantityParams } from '../quantities/quantities.dto.js';


@ApiTags('claims')
@Controller('v1/claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Post()
  @RequireRole('fact_checker')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: ClaimResponse })
  async create(
    @CurrentCaller() caller: Caller,
    @Body() body: CreateClaimDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const result = await this.claims.create(caller, body, key);
    reply.status(result.status).header('ETag', etagFor(result.version)).header('Content-Type', 'application/json; charset=utf-8');
    return result.json;
  }

  @Get()
  @RequireRole('fact_checker')
  @ApiOkResponse({ type: ClaimPage })
  list(@CurrentCaller() caller: Caller, @Query() query: ClaimQueryDto, @Res({ passthrough: true }) reply: FastifyReply): string {
    reply.header('Content-Type', 'application/json; charset=utf-8');
    return this.claims.listJson(caller, query);
  }

  @Get(':id')
  @RequireRole('fact_checker')
  @ApiOkResponse({ type: ClaimResponse, headers: { ETag: { description: 'the claim version' } } })
  get(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): string {
    const claim = this.claims.getJson(id);
    reply.header('ETag', etagFor(claim.version)).header('Content-Type', 'application/json; charset=utf-8');
    return claim.json;
  }

  @Patch(':id')
  @RequireRole('fact_checker')
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag read; a stale one gives 412' })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiConflictResponse({ description: 'the claim is approved: read-only until it is reopened' })
  async update(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: UpdateClaimDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClaimResponse> {
    const claim = await this.claims.update(caller, id, body, versionFromIfMatch(ifMatch));
    reply.header('ETag', etagFor(claim.version));
    return claim;
  }

  @Patch(':id/quantities/:index')
  @RequireRole('fact_checker')
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag read; a stale one gives 412' })
  @ApiOkResponse({ type: ClaimResponse, description: 'the claim with the corrected quantity; the correction survives re-extraction' })
  @ApiConflictResponse({ description: 'the claim is approved: read-only until it is reopened' })
  async correctQuantity(
    @CurrentCaller() caller: Caller,
    @Param() params: QuantityParams,
    @Body() body: CorrectQuantityDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClaimResponse> {
    const claim = await this.claims.correctQuantity(caller, params.id, params.index, body, versionFromIfMatch(ifMatch));
    reply.header('ETag', etagFor(claim.version));
    return claim;
  }

  @Post(':id/counter-claims')
  @RequireRole('fact_checker')
  @ApiCreatedResponse({ type: CounterClaimResponse })
  counterClaim(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: CreateCounterClaimDto) {
    return this.claims.counterClaim(caller, id, body);
  }

  @Post(':id/links')
  @RequireRole('fact_checker')
  @ApiCreatedResponse({ type: LinkResponse })
  @ApiConflictResponse({ description: 'these claims are already linked' })
  link(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: CreateLinkDto) {
    return this.claims.link(caller, id, body);
  }

  @Get(':id/relations')
  @RequireRole('fact_checker')
  @ApiOkResponse({ type: RelationsResponse })
  relations(@Param('id') id: string) {
    return this.claims.relations(id);
  }

  @Get(':id/history')
  @RequireRole('fact_checker')
  @HttpCode(200)
  @ApiOkResponse({ type: [HistoryEntryResponse] })
  history(@Param('id') id: string) {
    return this.claims.historyOf(id);
  }
}

import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, RequireRole } from '../auth/access.decorators.js';
import type { Caller } from '../auth/roles.js';
import { CorroborationService } from './corroboration.service.js';
import { CorroborationCheckAccepted, CorroborationReportResponse } from './corroboration.dto.js';

/** api.md "Corroboration report" and the two claim routes that lead to it. */
@ApiTags('corroboration')
@ApiNotFoundResponse({ description: 'no claim with this id' })
@Controller('v1/claims/:id')
export class CorroborationController {
  constructor(private readonly corroboration: CorroborationService) {}

  @Post('corroboration-checks')
  @HttpCode(202)
  @RequireRole('fact_checker')
  @ApiAcceptedResponse({ type: CorroborationCheckAccepted, description: 'a fresh check is queued; the claim shows `pending` until it ends' })
  request(@CurrentCaller() caller: Caller, @Param('id') id: string): CorroborationCheckAccepted {
    return this.corroboration.requestCheck(caller, id);
  }

  @Get('corroboration')
  @RequireRole('fact_checker')
  @ApiOkResponse({ type: CorroborationReportResponse, description: 'the latest report; `unchecked` with no evidence before the first check' })
  report(@Param('id') id: string): CorroborationReportResponse {
    return this.corroboration.report(id);
  }
}

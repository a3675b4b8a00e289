import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/access.decorators.js';
import { ExtractionService } from './extraction.service.js';
import { ExtractClaimsDto, ExtractClaimsResponse } from './extraction.dto.js';

@ApiTags('extraction')
@Controller('v1/extract')
export class ExtractionController {
  constructor(private readonly extraction: ExtractionService) {}

  /** Stateless: the claims of a text with claimant, stance and `denies` links; nothing is stored. */
  @Post('claims')
  @HttpCode(200)
  @RequireRole('fact_checker')
  @ApiOkResponse({ type: ExtractClaimsResponse })
  claims(@Body() body: ExtractClaimsDto): ExtractClaimsResponse {
    return this.extraction.extract(body);
  }
}

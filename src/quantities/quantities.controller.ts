import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/access.decorators.js';
import { QuantitiesService } from './quantities.service.js';
import { ExtractQuantitiesDto, ExtractQuantitiesResponse } from './quantities.dto.js';

@ApiTags('extraction')
@Controller('v1/extract')
export class QuantitiesController {
  constructor(private readonly quantities: QuantitiesService) {}

  @Post('quantities')
  @RequireRole('fact_checker')
  @HttpCode(200)
  @ApiOkResponse({ type: ExtractQuantitiesResponse, description: 'every quantity in the text; nothing is stored' })
  extract(@Body() body: ExtractQuantitiesDto): ExtractQuantitiesResponse {
    return this.quantities.extract(body);
  }
}

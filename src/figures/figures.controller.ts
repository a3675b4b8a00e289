import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/access.decorators.js';
import { FiguresService } from './figures.service.js';
import { FigureMeasuresResponse, FiguresQueryDto, FiguresResponse } from './figures.dto.js';

@ApiTags('figures')
@Controller('v1/figures')
export class FiguresController {
  constructor(private readonly figures: FiguresService) {}

  @Get('measures')
  @RequireRole('fact_checker')
  @ApiOkResponse({ type: FigureMeasuresResponse, description: 'every (measure, subject, unit) the held figures name, most claims first' })
  measures() {
    return this.figures.measures();
  }

  @Get()
  @RequireRole('fact_checker')
  @ApiOkResponse({ type: FiguresResponse, description: 'every held figure of that measure, subject and unit, oldest first' })
  list(@Query() query: FiguresQueryDto) {
    return this.figures.figures(query);
  }
}

import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module.js';
import { ExtractionController } from './extraction.controller.js';
import { ExtractionService } from './extraction.service.js';
import { ExtractionProcessor } from './extraction.processor.js';
import { SourceExtractionService } from './source-extraction.service.js';

/** Claims from article text: the stateless route and extraction on source ingest (queue `extraction`). */
@Module({
  imports: [ClaimsModule],
  providers: [ExtractionService, SourceExtractionService, ExtractionProcessor],
  controllers: [ExtractionController],
  exports: [ExtractionService, SourceExtractionService],
})
export class ExtractionModule {}

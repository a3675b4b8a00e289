import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module.js';
import { CorroborationController } from './corroboration.controller.js';
import { CorroborationProcessor } from './corroboration.processor.js';
import { CorroborationService } from './corroboration.service.js';
import { SourceIndex } from './source-index.js';
import { CorroborationBackfill } from './corroboration.backfill.js';

@Module({
  imports: [ClaimsModule],
  providers: [CorroborationService, CorroborationProcessor, SourceIndex, CorroborationBackfill],
  controllers: [CorroborationController],
  exports: [CorroborationService],
})
export class CorroborationModule {}

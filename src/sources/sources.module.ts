import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module.js';
import { SourcesController } from './sources.controller.js';
import { SourcesService } from './sources.service.js';
import { SourceIndex } from '../corroboration/source-index.js';

@Module({
  imports: [ClaimsModule],
  providers: [SourcesService, SourceIndex],
  controllers: [SourcesController],
  exports: [SourcesService],
})
export class SourcesModule {}

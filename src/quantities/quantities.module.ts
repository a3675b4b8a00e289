import { Module } from '@nestjs/common';
import { QuantitiesController } from './quantities.controller.js';
import { QuantitiesService } from './quantities.service.js';

/** POST /v1/extract/quantities. The parser itself (index.ts and below) is pure and imports no framework. */
@Module({
  providers: [QuantitiesService],
  controllers: [QuantitiesController],
  exports: [QuantitiesService],
})
export class QuantitiesModule {}

import { Module } from '@nestjs/common';
import { FiguresController } from './figures.controller.js';
import { FiguresService } from './figures.service.js';

/** Figures over time: the held estimates of one measure, for charts (reads only). */
@Module({
  providers: [FiguresService],
  controllers: [FiguresController],
})
export class FiguresModule {}

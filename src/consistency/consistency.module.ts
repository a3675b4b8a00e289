import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module.js';
import { ConsistencyService } from './consistency.service.js';
import { ConsistencyProcessor } from './consistency.processor.js';
import { FlagsService } from './flags.service.js';
import { FlagsController } from './flags.controller.js';

/** Consistency flags: the `consistency` job (claim → flags), flag listing and resolution. */
@Module({
  imports: [ClaimsModule],
  providers: [ConsistencyService, ConsistencyProcessor, FlagsService],
  controllers: [FlagsController],
  exports: [ConsistencyService, FlagsService],
})
export class ConsistencyModule {}

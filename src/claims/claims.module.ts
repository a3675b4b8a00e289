import { Module } from '@nestjs/common';
import { ClaimsController } from './claims.controller.js';
import { ClaimsService } from './claims.service.js';
import { ClaimHistory } from './claim-history.js';

@Module({
  providers: [ClaimsService, ClaimHistory],
  controllers: [ClaimsController],
  exports: [ClaimsService, ClaimHistory],
})
export class ClaimsModule {}

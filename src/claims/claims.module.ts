import { Module } from '@nestjs/common';
import { ClaimsController } from './claims.controller.js';
import { ClaimsService } from './claims.service.js';
import { ClaimHistory } from './claim-history.js';
import { ClaimQuantities } from './claim-quantities.js';

@Module({
  providers: [ClaimsService, ClaimHistory, ClaimQuantities],
  controllers: [ClaimsController],
  exports: [ClaimsService, ClaimHistory, ClaimQuantities],
})
export class ClaimsModule {}

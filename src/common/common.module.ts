import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from './clock.js';
import { IdempotencyStore } from './idempotency.js';

@Global()
@Module({
  providers: [{ provide: Clock, useClass: SystemClock }, IdempotencyStore],
  exports: [Clock, IdempotencyStore],
})
export class CommonModule {}

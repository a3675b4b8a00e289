import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module.js';
import { ReviewController } from './review.controller.js';
import { ReviewService } from './review.service.js';

@Module({ imports: [ClaimsModule], providers: [ReviewService], controllers: [ReviewController] })
export class ReviewModule {}

import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { RATING_DETAILS, RATING_SCALE } from './ratings.js';

/**
 * OpenAPI schemas of the ClaimReview JSON-LD that claim-review.ts builds (its interfaces are the
 * source; these classes only describe them for the document and for generated clients).
 */
export class ClaimReviewOrganization {
  @ApiProperty({ enum: ['Organization'], name: '@type' }) type: 'Organization';
  @ApiProperty() name: string;
  @ApiPropertyOptional({ format: 'uri' }) url?: string;
}

export class ClaimReviewPerson {
  @ApiProperty({ enum: ['Person'], name: '@type' }) type: 'Person';
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: ClaimReviewOrganization }) affiliation?: ClaimReviewOrganization;
}

export class ClaimReviewRating {
  @ApiProperty({ enum: ['Rating'], name: '@type' }) type: 'Rating';
  @ApiPropertyOptional({
    minimum: RATING_SCALE.worst,
    maximum: RATING_SCALE.best,
    description: 'absent for a rating that is no degree of truth (unverifiable)',
  })
  ratingValue?: number;
  @ApiProperty({ enum: [RATING_SCALE.best] }) bestRating: number;
  @ApiProperty({ enum: [RATING_SCALE.worst] }) worstRating: number;
  @ApiProperty({ enum: Object.values(RATING_DETAILS).map((d) => d.label) }) alternateName: string;
  @ApiPropertyOptional({ description: 'the verdict summary' }) ratingExplanation?: string;
}

export class ClaimReviewCreativeWork {
  @ApiProperty({ enum: ['CreativeWork'], name: '@type' }) type: 'CreativeWork';
  @ApiProperty({ format: 'uri' }) url: string;
}

@ApiExtraModels(ClaimReviewPerson, ClaimReviewOrganization)
export class ClaimReviewClaim {
  @ApiProperty({ enum: ['Claim'], name: '@type' }) type: 'Claim';
  @ApiProperty({ oneOf: [{ $ref: getSchemaPath(ClaimReviewPerson) }, { $ref: getSchemaPath(ClaimReviewOrganization) }], description: 'the claimant' })
  author: ClaimReviewPerson | ClaimReviewOrganization;
  @ApiPropertyOptional({ format: 'date', description: 'when the claim was made, if known' }) datePublished?: string;
  @ApiPropertyOptional({ type: [ClaimReviewCreativeWork], description: 'public URLs of the sources citing it' })
  appearance?: ClaimReviewCreativeWork[];
}

export class ClaimReview {
  @ApiProperty({ enum: ['https://schema.org'], name: '@context' }) context: 'https://schema.org';
  @ApiProperty({ enum: ['ClaimReview'], name: '@type' }) type: 'ClaimReview';
  @ApiProperty({ format: 'uri', description: 'PUBLIC_BASE_URL plus the claim id' }) url: string;
  @ApiProperty({ description: 'the claim text' }) claimReviewed: string;
  @ApiProperty({ format: 'date', description: 'when the verdict was approved' }) datePublished: string;
  @ApiProperty({ type: ClaimReviewOrganization, description: 'the desk (ORGANIZATION_NAME, ORGANIZATION_URL)' }) author: ClaimReviewOrganization;
  @ApiProperty({ type: ClaimReviewRating }) reviewRating: ClaimReviewRating;
  @ApiProperty({ type: ClaimReviewClaim }) itemReviewed: ClaimReviewClaim;
}

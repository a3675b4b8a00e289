import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize, IsArray, IsBooleanString, IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches,
  Max, MaxLength, Min, ValidateNested, IsNotEmptyObject,
} from 'class-validator';
import { IsOptionalNonNull } from '../common/validation.js';
import { Type } from 'class-transformer';
import { ListQueryDto } from '../auth/users.dto.js';
import { LANGUAGES, type LanguageCode } from '../sources/sources.dto.js';
import { CLAIM_STATUSES } from '../review/workflow.js';
import { QuantityResponse } from '../quantities/quantities.dto.js';
import { VerdictResponse } from '../review/review.dto.js';

export const RELATIONS = ['denies', 'disputes', 'supports'] as const;
export type Relation = (typeof RELATIONS)[number];
export const CORROBORATION_STATUSES = [
  'unchecked', 'pending', 'corroborated', 'single_source', 'uncorroborated', 'contested',
] as const;

export class ClaimantDto {
  @ApiProperty({ example: 'U.S. officials', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Department of Defense', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  affiliation?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'US', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as "US"' })
  country?: string;
}

export class CreateClaimDto {
  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  text: string;

  @ApiProperty({ type: ClaimantDto })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => ClaimantDto)
  claimant: ClaimantDto;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptionalNonNull()
  @IsIn(LANGUAGES)
  language?: LanguageCode;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptionalNonNull()
  @IsISO8601({ strict: true })
  claimedAt?: string;

  @ApiPropertyOptional({ description: 'the source the claim appears in' })
  @IsOptionalNonNull()
  @IsString()
  @Length(1, 64)
  sourceId?: string;

  @ApiPropertyOptional({ description: 'the exact words in the source; must occur in its text' })
  @IsOptionalNonNull()
  @IsString()
  @Length(1, 5000)
  quote?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  tags?: string[];
}

export class UpdateClaimDto {
  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptionalNonNull()
  @IsString()
  @Length(1, 5000)
  text?: string;

  @ApiPropertyOptional({ type: ClaimantDto, description: 'replaces the claimant as a whole' })
  @IsOptionalNonNull()
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => ClaimantDto)
  claimant?: ClaimantDto;

  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'higher comes first within the same urgency' })
  @IsOptionalNonNull()
  @IsInt()
  @Min(0)
  @Max(100)
  priority?: number;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time', description: 'null clears it (the claim is then dated by when it was recorded)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  claimedAt?: string | null;
}

export class CreateCounterClaimDto {
  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  text: string;

  @ApiProperty({ type: ClaimantDto })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => ClaimantDto)
  claimant: ClaimantDto;

  @ApiProperty({ enum: RELATIONS })
  @IsIn(RELATIONS)
  stance: Relation;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptionalNonNull()
  @IsIn(LANGUAGES)
  language?: LanguageCode;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptionalNonNull()
  @IsISO8601({ strict: true })
  claimedAt?: string;

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsString()
  @Length(1, 64)
  sourceId?: string;

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsString()
  @Length(1, 5000)
  quote?: string;
}

export class CreateLinkDto {
  @ApiProperty()
  @IsString()
  @Length(1, 64)
  targetId: string;

  @ApiProperty({ enum: RELATIONS })
  @IsIn(RELATIONS)
  relation: Relation;
}

export const CLAIM_SORTS = ['priority', 'createdAt', '-createdAt', 'statusChangedAt', '-statusChangedAt'] as const;

export class ClaimQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ description: `comma list of ${CLAIM_STATUSES.join(', ')}` })
  @IsOptional()
  @Matches(new RegExp(`^(${CLAIM_STATUSES.join('|')})(,(${CLAIM_STATUSES.join('|')}))*$`), {
    message: `status must be a comma list of ${CLAIM_STATUSES.join(', ')}`,
  })
  status?: string;

  @ApiPropertyOptional({ description: '"me", "none" or a user id' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  assignee?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsBooleanString()
  flagged?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsBooleanString()
  contested?: string;

  @ApiPropertyOptional({ enum: CORROBORATION_STATUSES })
  @IsOptional()
  @IsIn(CORROBORATION_STATUSES)
  corroboration?: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: LanguageCode;

  @ApiPropertyOptional({ description: 'claimant name, case-insensitive, part of the name is enough' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  claimant?: string;

  @ApiPropertyOptional({ description: 'full-text search in claim text and claimant' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  q?: string;

  @ApiPropertyOptional({
    enum: CLAIM_SORTS,
    description: 'priority (default): open claims first (open flags and denials first, then higher priority, then oldest), decided ones (approved, dismissed) after them in the same order; statusChangedAt: longest in its status first (status=verdict_proposed alone defaults to it: oldest proposal first); -statusChangedAt: latest status change first',
  })
  @IsOptional()
  @IsIn(CLAIM_SORTS)
  sort?: (typeof CLAIM_SORTS)[number];
}

// ---- responses (for the OpenAPI document) ----

export class ClaimantResponse {
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) affiliation: string | null;
  @ApiProperty({ type: String, nullable: true }) country: string | null;
}

export class AssigneeResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class CitationResponse {
  @ApiProperty() sourceId: string;
  @ApiProperty({ type: String, nullable: true }) quote: string | null;
  @ApiProperty({ type: Number, nullable: true }) start: number | null;
  @ApiProperty({ type: Number, nullable: true }) end: number | null;
}

export class RelationCounts {
  @ApiProperty() deniedBy: number;
  @ApiProperty() disputedBy: number;
  @ApiProperty() supportedBy: number;
}

export class CorroborationSummary {
  @ApiProperty({ enum: CORROBORATION_STATUSES }) status: string;
  @ApiProperty() independentOrigins: number;
  @ApiProperty() supporting: number;
  @ApiProperty() contradicting: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) checkedAt: string | null;
}

export class ClaimResponse {
  @ApiProperty() id: string;
  @ApiProperty() text: string;
  @ApiProperty({ enum: LANGUAGES }) language: string;
  @ApiProperty({ type: ClaimantResponse }) claimant: ClaimantResponse;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) claimedAt: string | null;
  @ApiProperty({ enum: CLAIM_STATUSES }) status: string;
  @ApiProperty() priority: number;
  @ApiProperty({ type: AssigneeResponse, nullable: true }) assignee: AssigneeResponse | null;
  @ApiProperty({ enum: ['manual', 'extracted'] }) origin: string;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: [CitationResponse] }) citations: CitationResponse[];
  @ApiProperty({ type: [QuantityResponse] }) quantities: QuantityResponse[];
  @ApiProperty({ type: RelationCounts }) relations: RelationCounts;
  @ApiProperty() openFlags: number;
  @ApiProperty({ type: CorroborationSummary }) corroboration: CorroborationSummary;
  @ApiProperty({ type: () => VerdictResponse, nullable: true, description: 'the current verdict' }) verdict: VerdictResponse | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ClaimPage {
  @ApiProperty({ type: [ClaimResponse] }) items: ClaimResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class LinkResponse {
  @ApiProperty() id: string;
  @ApiProperty() fromClaimId: string;
  @ApiProperty() toClaimId: string;
  @ApiProperty({ enum: RELATIONS }) relation: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** One end of a link, as much of the claim as a list of links needs to name it. */
export class LinkedClaimResponse {
  @ApiProperty() id: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: ClaimantResponse }) claimant: ClaimantResponse;
  @ApiProperty({ description: 'the claim cites the source the links were asked for' }) inSource: boolean;
}

export class SourceLinkResponse extends LinkResponse {
  @ApiProperty({ type: LinkedClaimResponse }) from: LinkedClaimResponse;
  @ApiProperty({ type: LinkedClaimResponse }) to: LinkedClaimResponse;
}

export class SourceLinksResponse {
  @ApiProperty({ type: [SourceLinkResponse], description: 'oldest first; at most 1000' }) items: SourceLinkResponse[];
}

export class CounterClaimResponse {
  @ApiProperty({ type: ClaimResponse }) claim: ClaimResponse;
  @ApiProperty({ type: LinkResponse }) link: LinkResponse;
}

export class RelatedClaim {
  @ApiProperty({ enum: RELATIONS }) relation: string;
  @ApiProperty({ type: ClaimResponse }) claim: ClaimResponse;
}

export class RelationsResponse {
  @ApiProperty({ type: [RelatedClaim] }) incoming: RelatedClaim[];
  @ApiProperty({ type: [RelatedClaim] }) outgoing: RelatedClaim[];
}

export class HistoryEntryResponse {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: AssigneeResponse, nullable: true }) actor: AssigneeResponse | null;
  @ApiProperty() action: string;
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
}

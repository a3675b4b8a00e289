import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { QUALIFIERS } from '../quantities/quantities.dto.js';
import { ClaimantResponse } from '../claims/claims.dto.js';
import { CLAIM_STATUSES } from '../review/workflow.js';

export const FIGURES_DEFAULT_LIMIT = 1000;
export const FIGURES_MAX_LIMIT = 5000;

/** Measure, subject and unit are the parser's short labels ("killed", "RU", "USD"): letters, digits, _ and -. */
const LABEL = /^[A-Za-z0-9_-]+$/;

export class FiguresQueryDto {
  @ApiProperty({ example: 'killed', description: 'the measure, as a quantity names it (required)' })
  @IsString()
  @Length(1, 64)
  @Matches(LABEL, { message: 'measure must be a label of letters, digits, _ or -' })
  measure: string;

  @ApiPropertyOptional({
    example: 'RU',
    description: 'the subject, as a quantity names it; left out (or empty): the figures whose subject is unknown (subject null)',
  })
  @IsOptional()
  @IsString()
  @Length(0, 64)
  @Matches(/^([A-Za-z0-9_-]+)?$/, { message: 'subject must be a label of letters, digits, _ or -' })
  subject?: string;

  @ApiPropertyOptional({ example: 'count', default: 'count', description: 'the unit; left out: count' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  @Matches(LABEL, { message: 'unit must be a label of letters, digits, _ or -' })
  unit?: string;

  @ApiPropertyOptional({
    format: 'date-time', example: '2022-03-01',
    description: 'only figures dated on or after this (ISO 8601 date or date-time; a date is its first moment, UTC)',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({
    format: 'date-time', example: '2022-03-31',
    description: 'only figures dated on or before this (ISO 8601; a date includes that whole day, UTC)',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;

  @ApiPropertyOptional({
    minimum: 1, maximum: FIGURES_MAX_LIMIT, default: FIGURES_DEFAULT_LIMIT,
    description: 'at most this many figures: the latest ones in the window (see truncated)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(FIGURES_MAX_LIMIT)
  limit?: number;
}

// ---- responses ----

export class FigureMeasureResponse {
  @ApiProperty({ example: 'killed' }) measure: string;
  @ApiProperty({ type: String, nullable: true, example: 'RU', description: 'null: the figures whose subject is unknown' })
  subject: string | null;
  @ApiProperty({ example: 'count' }) unit: string;
  @ApiProperty({ description: 'claims holding at least one figure of this measure, subject and unit' }) claims: number;
  @ApiProperty({ description: 'open flags that name one of these figures' }) openFlags: number;
}

export class FigureMeasuresResponse {
  @ApiProperty({ type: [FigureMeasureResponse], description: 'most claims first' }) items: FigureMeasureResponse[];
}

export class FigureResponse {
  @ApiProperty() claimId: string;
  @ApiProperty({ description: "the figure's position in the claim's quantities" }) quantityIndex: number;
  @ApiProperty({ type: ClaimantResponse }) claimant: ClaimantResponse;
  @ApiProperty({
    format: 'date-time',
    description: "the date the figure speaks for: the claim's claimedAt, else its source's publication date, else when the desk recorded it",
  })
  claimedAt: string;
  @ApiProperty({ enum: ['claimed', 'published', 'recorded'], description: 'which of the three claimedAt is' })
  dated: 'claimed' | 'published' | 'recorded';
  @ApiProperty({ type: Number, nullable: true, description: 'null: no lower bound' }) min: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'null: no upper bound' }) max: number | null;
  @ApiProperty() minInclusive: boolean;
  @ApiProperty() maxInclusive: boolean;
  @ApiProperty({ enum: QUALIFIERS }) qualifier: string;
  @ApiProperty({ description: "the claim's text" }) text: string;
  @ApiProperty({ description: 'the figure as written in the claim text' }) quantityText: string;
  @ApiProperty({ enum: CLAIM_STATUSES, description: "the claim's workflow status (every held claim is charted)" }) status: string;
  @ApiProperty({ type: [String], description: 'open flags that name this figure' }) flagIds: string[];
}

export class FiguresResponse {
  @ApiProperty() measure: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: the figures whose subject is unknown' }) subject: string | null;
  @ApiProperty() unit: string;
  @ApiProperty({ type: [FigureResponse], description: 'oldest first (by claimedAt, then claim id, then position)' })
  items: FigureResponse[];
  @ApiProperty({ description: 'true when the window holds more figures than limit: items are then the latest of them' })
  truncated: boolean;
}

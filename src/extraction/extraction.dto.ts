import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, Length } from 'class-validator';
import { IsOptionalNonNull } from '../common/validation.js';
import { LANGUAGES, type LanguageCode } from '../sources/sources.dto.js';

/** Longest text POST /v1/extract/claims takes: a long article; whole books belong in POST /v1/sources. */
export const MAX_EXTRACT_TEXT = 200_000;

export class ExtractClaimsDto {
  @ApiProperty({ description: 'article text, German or English', maxLength: MAX_EXTRACT_TEXT })
  @IsString()
  @Length(1, MAX_EXTRACT_TEXT)
  text: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'detected when absent' })
  @IsOptionalNonNull()
  @IsIn(LANGUAGES)
  language?: LanguageCode;

  @ApiPropertyOptional({
    maxLength: 200,
    description: 'publisher of the article; unattributed sentences with a checkable figure become its claims',
  })
  @IsOptionalNonNull()
  @IsString()
  @Length(1, 200)
  publisher?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: "the article's date: claims are made on it unless their sentence dates the statement; absent: the text's dateline",
  })
  @IsOptionalNonNull()
  @IsISO8601({ strict: true })
  publishedAt?: string;
}

export class ExtractedClaimantResponse {
  @ApiProperty({ example: 'Dmitry Peskov' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: 'Kremlin' }) affiliation: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'RU', description: 'ISO 3166-1 alpha-2' }) country: string | null;
}

export class ExtractedQuantityResponse {
  @ApiProperty({ description: 'the span as written' }) text: string;
  @ApiProperty({ description: 'offset into the claim text' }) start: number;
  @ApiProperty({ description: 'end offset (exclusive) into the claim text' }) end: number;
  @ApiProperty({ type: Number, nullable: true }) min: number | null;
  @ApiProperty({ type: Number, nullable: true }) max: number | null;
  @ApiProperty() minInclusive: boolean;
  @ApiProperty() maxInclusive: boolean;
  @ApiProperty({ enum: ['exact', 'approx', 'range', 'at_least', 'more_than', 'at_most', 'less_than'] }) qualifier: string;
  @ApiProperty({ example: 'count' }) unit: string;
  @ApiProperty({ type: String, nullable: true, example: 'killed' }) measure: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'RU' }) subject: string | null;
}

export class ExtractedClaimResponse {
  @ApiProperty({ example: 'c1', description: 'names the claim within this answer (links refer to it)' }) ref: string;
  @ApiProperty({ description: 'what was said: text.slice(start, end)' }) text: string;
  @ApiProperty({ type: ExtractedClaimantResponse }) claimant: ExtractedClaimantResponse;
  @ApiProperty({ enum: ['asserts', 'denies'] }) stance: 'asserts' | 'denies';
  @ApiProperty({ example: 'sagte', description: 'the words the attribution or denial was recognised by' }) cue: string;
  @ApiProperty({ description: 'offset into the submitted text' }) start: number;
  @ApiProperty({ description: 'end offset (exclusive) into the submitted text' }) end: number;
  @ApiProperty({ type: [ExtractedQuantityResponse], description: 'offsets into the claim text' }) quantities: ExtractedQuantityResponse[];
  @ApiProperty({
    type: String, nullable: true, format: 'date-time',
    description: "the day the sentence gives the statement (\"am Montag\", \"in March 2022\"), else the article's date; null when neither is known",
  })
  claimedAt: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'am Montag', description: "the words that dated the statement; null: the article's date" })
  claimedAtCue: string | null;
}

export class ExtractedLinkResponse {
  @ApiProperty({ example: 'c2', description: 'ref of the denying claim' }) from: string;
  @ApiProperty({ example: 'c1', description: 'ref of the denied claim' }) to: string;
  @ApiProperty({ enum: ['denies'] }) relation: 'denies';
}

export class ExtractClaimsResponse {
  @ApiProperty({ enum: LANGUAGES }) language: LanguageCode;
  @ApiProperty({ type: [ExtractedClaimResponse] }) claims: ExtractedClaimResponse[];
  @ApiProperty({ type: [ExtractedLinkResponse] }) links: ExtractedLinkResponse[];
}

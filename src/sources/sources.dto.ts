import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUrl, Length, MaxLength } from 'class-validator';
import { IsOptionalNonNull } from '../common/validation.js';
import { ListQueryDto } from '../auth/users.dto.js';

export const LANGUAGES = ['de', 'en'] as const;
/** How a source's publishedAt was found: given in the request or read from a dateline in its text. */
export const PUBLISHED_AT_SOURCES = ['given', 'dateline'] as const;
export type PublishedAtSource = (typeof PUBLISHED_AT_SOURCES)[number];
export type LanguageCode = (typeof LANGUAGES)[number];

export class CreateSourceDto {
  @ApiProperty({ description: 'full text of the document', maxLength: 500000 })
  @IsString()
  @Length(1, 500000)
  text: string;

  @ApiProperty({ example: 'Wire Service', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  publisher: string;

  @ApiPropertyOptional({ example: 'https://example.org/story' })
  @IsOptionalNonNull()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'detected when absent' })
  @IsOptionalNonNull()
  @IsIn(LANGUAGES)
  language?: LanguageCode;

  @ApiPropertyOptional({ format: 'date-time', description: 'when absent, read from a dateline in the text; null when the text has none' })
  @IsOptionalNonNull()
  @IsISO8601({ strict: true })
  publishedAt?: string;
}

export class SourceQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ description: 'full-text search over title and text' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  publisher?: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: LanguageCode;
}

export class ExtractionSummary {
  @ApiProperty({ enum: ['none', 'pending', 'running', 'done', 'failed'] }) status: string;
  @ApiProperty() claimCount: number;
}

export class SourceResponse {
  @ApiProperty() id: string;
  @ApiProperty() publisher: string;
  @ApiProperty({ type: String, nullable: true }) url: string | null;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ enum: LANGUAGES }) language: LanguageCode;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) publishedAt: string | null;
  @ApiProperty({
    enum: PUBLISHED_AT_SOURCES, nullable: true,
    description: 'how publishedAt was found: given in the request or read from a dateline in the text; null when it is unknown',
  })
  publishedAtSource: PublishedAtSource | null;
  @ApiProperty() contentHash: string;
  @ApiProperty({ description: 'shared by copies and translations of one another' }) originId: string;
  @ApiPropertyOptional({ description: 'true when the source was already held' }) duplicate?: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: ExtractionSummary }) extraction: ExtractionSummary;
}

export class SourceWithTextResponse extends SourceResponse {
  @ApiProperty() text: string;
}

export class SourcePage {
  @ApiProperty({ type: [SourceResponse] }) items: SourceResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

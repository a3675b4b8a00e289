import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNumber, IsString, Length, Matches, Min, ValidateIf } from 'class-validator';
import { IsOptionalNonNull } from '../common/validation.js';
import { Type } from 'class-transformer';
import { LANGUAGES, type LanguageCode } from '../sources/sources.dto.js';

export const QUALIFIERS = ['exact', 'approx', 'range', 'at_least', 'more_than', 'at_most', 'less_than'] as const;

/** A quantity as the API shows it (claims, extraction, flags). */
export class QuantityResponse {
  @ApiProperty({ description: 'the span as written in the text' }) text: string;
  @ApiProperty({ description: 'offset of the span in the text' }) start: number;
  @ApiProperty({ description: 'end of the span (exclusive)' }) end: number;
  @ApiProperty({ type: Number, nullable: true, description: 'null = unbounded' }) min: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'null = unbounded' }) max: number | null;
  @ApiProperty() minInclusive: boolean;
  @ApiProperty() maxInclusive: boolean;
  @ApiProperty({ enum: QUALIFIERS }) qualifier: string;
  @ApiProperty({ example: 'count', description: '"count", "percent", "USD", "EUR", ...' }) unit: string;
  @ApiProperty({ type: String, nullable: true, example: 'killed' }) measure: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'RU', description: 'ISO 3166-1 alpha-2' }) subject: string | null;
}

// ---- stateless extraction ----

export class ExtractQuantitiesDto {
  @ApiProperty({ maxLength: 100000, example: 'Zwischen 5.000 und 9.000 russische Soldaten wurden getötet.' })
  @IsString()
  @Length(1, 100000)
  text: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'detected when absent' })
  @IsOptionalNonNull()
  @IsIn(LANGUAGES)
  language?: LanguageCode;
}

export class ExtractQuantitiesResponse {
  @ApiProperty({ enum: LANGUAGES }) language: string;
  @ApiProperty({ type: [QuantityResponse] }) quantities: QuantityResponse[];
}

// ---- corrections (PATCH /v1/claims/:id/quantities/:index) ----

export class QuantityParams {
  @ApiProperty({ description: 'the claim id' })
  @IsString()
  @Length(1, 64)
  id: string;

  @ApiProperty({ minimum: 0, description: "the quantity's position in the claim's quantities" })
  @Type(() => Number)
  @IsInt({ message: 'index must be a whole number' })
  @Min(0)
  index: number;
}

const givenNotNull = (_: object, value: unknown) => value !== undefined && value !== null;

/** Only the fields sent change; null is a value for measure, subject, min and max ("unknown", "unbounded"). */
export class CorrectQuantityDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'wounded' })
  @ValidateIf(givenNotNull)
  @Matches(/^[a-z][a-z_]{0,39}$/, { message: 'measure must be a lower-case word such as "killed"' })
  measure?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'RU', description: 'ISO 3166-1 alpha-2' })
  @ValidateIf(givenNotNull)
  @Matches(/^[A-Z]{2}$/, { message: 'subject must be an ISO 3166-1 alpha-2 code such as "RU"' })
  subject?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @ValidateIf(givenNotNull)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  min?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @ValidateIf(givenNotNull)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  max?: number | null;

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsBoolean()
  minInclusive?: boolean;

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsBoolean()
  maxInclusive?: boolean;

  @ApiPropertyOptional({ enum: QUALIFIERS })
  @IsOptionalNonNull()
  @IsIn(QUALIFIERS)
  qualifier?: (typeof QUALIFIERS)[number];

  @ApiPropertyOptional({ example: 'count' })
  @IsOptionalNonNull()
  @Matches(/^[A-Za-z_]{1,20}$/, { message: 'unit must be a unit code such as "count", "percent" or "USD"' })
  unit?: string;
}

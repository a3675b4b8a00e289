import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ListQueryDto } from '../auth/users.dto.js';
import { QuantityResponse } from '../quantities/quantities.dto.js';
import { AssigneeResponse } from '../claims/claims.dto.js';

export const FLAG_TYPES = ['range_conflict', 'part_sum_mismatch', 'inverted_range', 'impossible_value'] as const;
export const FLAG_STATUSES = ['open', 'confirmed', 'dismissed'] as const;
export const FLAG_RESOLUTIONS = ['confirmed', 'dismissed'] as const;
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];
export type FlagResolution = (typeof FLAG_RESOLUTIONS)[number];

const commaList = (values: readonly string[]) => new RegExp(`^(${values.join('|')})(,(${values.join('|')}))*$`);

export class FlagFilterDto extends ListQueryDto {
  @ApiPropertyOptional({ description: `comma list of ${FLAG_STATUSES.join(', ')}` })
  @IsOptional()
  @Matches(commaList(FLAG_STATUSES), { message: `status must be a comma list of ${FLAG_STATUSES.join(', ')}` })
  status?: string;

  @ApiPropertyOptional({ description: `comma list of ${FLAG_TYPES.join(', ')}` })
  @IsOptional()
  @Matches(commaList(FLAG_TYPES), { message: `type must be a comma list of ${FLAG_TYPES.join(', ')}` })
  type?: string;
}

export class FlagQueryDto extends FlagFilterDto {
  @ApiPropertyOptional({ description: 'only flags that involve this claim' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  claimId?: string;
}

export class ResolveFlagDto {
  @ApiProperty({ enum: FLAG_RESOLUTIONS })
  @IsIn(FLAG_RESOLUTIONS)
  resolution: FlagResolution;

  @ApiProperty({ maxLength: 2000, example: 'Different periods: the first figure covers only the spring offensive.' })
  @IsString()
  @Length(1, 2000)
  note: string;
}

// ---- responses ----

export class FlagQuantityResponse extends QuantityResponse {
  @ApiProperty({ description: 'the claim the figure belongs to' }) claimId: string;
  @ApiProperty({ description: "the figure's position in that claim's quantities when the flag was raised" }) index: number;
}

export class FlagResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: FLAG_TYPES }) type: string;
  @ApiProperty({ enum: SEVERITIES }) severity: string;
  @ApiProperty({ enum: FLAG_STATUSES }) status: string;
  @ApiProperty({ type: [String], description: 'earlier claim first' }) claimIds: string[];
  @ApiProperty({ type: [FlagQuantityResponse], description: 'the figures as they stood when the flag was raised' })
  quantities: FlagQuantityResponse[];
  @ApiProperty({ type: String, nullable: true }) measure: string | null;
  @ApiProperty({ type: String, nullable: true }) subject: string | null;
  @ApiProperty({ description: 'one sentence naming the figures, their claimants and dates' }) explanation: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: AssigneeResponse, nullable: true, description: 'null while open, and when closed by the system' })
  resolvedBy: AssigneeResponse | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class FlagPage {
  @ApiProperty({ type: [FlagResponse] }) items: FlagResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

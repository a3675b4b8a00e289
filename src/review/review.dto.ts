import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize, IsArray, IsIn, IsString, IsUrl, Length, MaxLength, ValidateNested,
} from 'class-validator';
import { IsOptionalNonNull } from '../common/validation.js';
import { Type } from 'class-transformer';
import { RATINGS, type Rating } from './ratings.js';
import { CLAIM_STATUSES, WORKFLOW_ACTIONS } from './workflow.js';

export class AssignDto {
  @ApiPropertyOptional({ description: 'whom to assign; omitted = the caller. Only editors may assign others.' })
  @IsOptionalNonNull()
  @IsString()
  @Length(1, 64)
  assigneeId?: string;
}

export class ReasonDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export class ApproveDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class EvidenceItemDto {
  @ApiPropertyOptional({ description: 'a source held by this desk' })
  @IsOptionalNonNull()
  @IsString()
  @Length(1, 64)
  sourceId?: string;

  @ApiPropertyOptional({ description: 'an http(s) URL' })
  @IsOptionalNonNull()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  url?: string;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  note: string;
}

export class ProposeVerdictDto {
  @ApiProperty({ enum: RATINGS })
  @IsIn(RATINGS)
  rating: Rating;

  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  summary: string;

  @ApiProperty({ type: [EvidenceItemDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceItemDto)
  evidence: EvidenceItemDto[];
}

class UserRef {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class VerdictResponse {
  @ApiProperty() id: string;
  @ApiProperty() claimId: string;
  @ApiProperty({ enum: RATINGS }) rating: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [EvidenceItemDto] }) evidence: EvidenceItemDto[];
  @ApiProperty({ type: UserRef }) author: UserRef;
  @ApiProperty({ enum: ['proposed', 'approved', 'rejected', 'superseded'] }) status: string;
  @ApiProperty({ type: UserRef, nullable: true }) decidedBy: UserRef | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AllowedActionsResponse {
  @ApiProperty() claimId: string;
  @ApiProperty({ enum: CLAIM_STATUSES }) status: string;
  @ApiProperty() version: number;
  @ApiProperty({ enum: WORKFLOW_ACTIONS, isArray: true, description: 'the workflow steps the caller may take now (workflow.ts), as a 409 would list them' })
  allowedActions: string[];
}

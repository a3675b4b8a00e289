import { ApiProperty } from '@nestjs/swagger';
import { CORROBORATION_STATUSES } from '../claims/claims.dto.js';

export const STANCES = ['supports', 'contradicts', 'mentions'] as const;

export const STANCE_REASONS = [
  'quantity_conflict', 'denial', 'negation', 'same_content', 'hedged', 'denied_statement', 'figures_unconfirmed', 'other_language', 'related',
] as const;

export class CorroborationCheckAccepted {
  @ApiProperty({ description: 'the BullMQ job id of the queued check (visible on /admin/queues)' }) jobId: string;
}

export class EvidenceResponse {
  @ApiProperty() sourceId: string;
  @ApiProperty() publisher: string;
  @ApiProperty({ description: 'sources that are copies of one another share it' }) originId: string;
  @ApiProperty({ enum: STANCES }) stance: string;
  @ApiProperty({ description: 'closeness of the passage to the claim, 0 to 1' }) score: number;
  @ApiProperty() snippet: string;
  @ApiProperty({ description: 'offset of the passage in the source text' }) start: number;
  @ApiProperty({ description: 'end of the passage in the source text (exclusive)' }) end: number;
  @ApiProperty({ enum: STANCE_REASONS, description: 'why the stance was given' }) reason: string;
  @ApiProperty({ type: String, nullable: true, description: 'the denial or negation as written, when that decided' }) cue: string | null;
}

export class CorroborationReportResponse {
  @ApiProperty() claimId: string;
  @ApiProperty({
    enum: CORROBORATION_STATUSES,
    description: 'the outcome of the latest check; `unchecked` (with empty evidence) when none has finished yet',
  })
  status: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) checkedAt: string | null;
  @ApiProperty({ description: 'distinct origins of supporting evidence, without the cited origins and the claimant’s own' })
  independentOrigins: number;
  @ApiProperty({ type: [String], description: 'the origins counted in independentOrigins' }) independentOriginIds: string[];
  @ApiProperty({ description: 'an explicitly requested check has not finished yet (the claim shows `pending`)' })
  checkPending: boolean;
  @ApiProperty({ type: [EvidenceResponse], description: 'contradictions first, then support, then mentions; best score first' })
  evidence: EvidenceResponse[];
}

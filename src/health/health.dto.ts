import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

/** One dependency's result, as @nestjs/terminus reports it. */
export class HealthCheckResult {
  @ApiProperty({ enum: ['up', 'down'] }) status: 'up' | 'down';
  @ApiPropertyOptional({ description: 'why it is down' }) message?: string;
}

export class QueueDepthResponse {
  @ApiProperty() waiting: number;
  @ApiProperty() active: number;
  @ApiProperty() delayed: number;
  @ApiProperty() failed: number;
}

export class QueuesCheckResult extends HealthCheckResult {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(QueueDepthResponse) },
    description: 'jobs per queue, by queue name (when up)',
  })
  queues?: Record<string, QueueDepthResponse>;
}

export class HealthChecks {
  @ApiPropertyOptional({ type: HealthCheckResult }) database?: HealthCheckResult;
  @ApiPropertyOptional({ type: HealthCheckResult }) redis?: HealthCheckResult;
  @ApiPropertyOptional({ type: QueuesCheckResult }) queues?: QueuesCheckResult;
}

export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'error'] }) status: 'ok' | 'error';
  @ApiProperty({ type: HealthChecks }) checks: HealthChecks;
}

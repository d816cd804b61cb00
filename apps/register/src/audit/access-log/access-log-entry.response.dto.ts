import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AccessLogRow } from './access-log.schema';

/**
 * One read, with the fields of api.md and, after them, those of the Logboek
 * Dataverwerkingen draft standard (an OpenTelemetry span: operation name,
 * start and end time, status code), and the municipalities it concerned.
 */
export class AccessLogEntryResponseDto {
  @ApiProperty({ description: 'When the read arrived', example: '2026-11-24T10:00:00.000Z' })
  readonly at!: string;

  @ApiProperty({ description: "The token's `sub`, or the page user's account" })
  readonly subject!: string;

  @ApiProperty({ type: [String] })
  readonly roles!: string[];

  @ApiProperty({ description: 'The path asked', example: '/api/v1/mandates/mandate-gm0981-2026' })
  readonly route!: string;

  @ApiProperty({ description: 'The query parameters, credentials shown as [redacted]', type: 'object', additionalProperties: true })
  readonly query!: Record<string, unknown>;

  @ApiProperty({ example: 200 })
  readonly status!: number;

  @ApiPropertyOptional({ description: 'Items answered; null for a page or a file that does not say', nullable: true, type: Number })
  readonly items!: number | null;

  @ApiProperty({ description: "The request's correlation id (X-Correlation-Id)" })
  readonly traceId!: string;

  @ApiProperty({ description: 'Logboek Dataverwerkingen: the operation, method and route pattern', example: 'GET /api/v1/mandates/:id' })
  readonly operationName!: string;

  @ApiProperty({ description: 'Logboek Dataverwerkingen: start of the processing (= at)' })
  readonly startTime!: string;

  @ApiProperty({ description: 'Logboek Dataverwerkingen: end of the processing' })
  readonly endTime!: string;

  @ApiProperty({ enum: ['OK', 'ERROR'], description: 'Logboek Dataverwerkingen: the status code, ERROR for any answer of 400 or more' })
  readonly statusCode!: 'OK' | 'ERROR';

  @ApiProperty({ type: [String], description: 'The municipalities the read concerned (its parameters named them or its answer showed them)' })
  readonly municipalities!: string[];

  static of(row: AccessLogRow): AccessLogEntryResponseDto {
    return {
      at: row.at,
      subject: row.subject,
      roles: row.roles === '' ? [] : row.roles.split(','),
      route: row.route,
      query: JSON.parse(row.query) as Record<string, unknown>,
      status: row.status,
      items: row.items,
      traceId: row.traceId,
      operationName: row.operation,
      startTime: row.at,
      endTime: row.endedAt,
      statusCode: row.status >= 400 ? 'ERROR' : 'OK',
      municipalities: row.concerns === '' ? [] : row.concerns.split(','),
    };
  }
}

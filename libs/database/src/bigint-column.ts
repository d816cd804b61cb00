import { Column, PrimaryColumn, type ValueTransformer } from 'typeorm';

/**
 * BIGINT as a JavaScript number: positions and counts stay far below 2^53.
 * PostgreSQL's driver hands BIGINT over as text (it may exceed a double),
 * SQLite's as a number; entities see a number either way.
 */
export const BIGINT_AS_NUMBER: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

/** A `position BIGINT PRIMARY KEY` column: the global position of the event that wrote the row. */
export function PositionPrimaryColumn(): PropertyDecorator {
  return PrimaryColumn({ type: 'bigint', transformer: BIGINT_AS_NUMBER });
}

/** A BIGINT column read as a number (see BIGINT_AS_NUMBER). */
export function BigintColumn(): PropertyDecorator {
  return Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER });
}

import { Inject, Injectable } from '@nestjs/common';
import { CachedTreeNodes, SqlTreeNodes } from '@register/projections';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';

/**
 * The verifiable log's stored tree as every proof the service answers reads
 * it: one process-wide instance, so the nodes near the root are read from the
 * database once (CachedTreeNodes says why that is safe).
 */
@Injectable()
export class LogTreeNodes extends CachedTreeNodes {
  constructor(@Inject(REGISTER_DATA_SOURCE) dataSource: DataSource) {
    super(new SqlTreeNodes(dataSource));
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import { copyOfRegister } from '../import/register-copy';
import { registerContents } from './register-contents';
import { writeWorkbook } from './workbook-writer';

/**
 * The register in the import's own template (issue 15), so that an export
 * imported into an empty register keeps every id, gemeenteblad number and
 * date and gives the same answers. It reads the log, not the read models: it
 * must hold what the write side holds (the texts of the documents too), and
 * it is the same copy of the register the import's dry run decides against.
 */
@Injectable()
export class WorkbookExport {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async workbook(): Promise<Uint8Array> {
    return writeWorkbook(await registerContents(await copyOfRegister(this.store)));
  }
}

import { Module } from '@nestjs/common';
import { WriteSideModule } from '../write-side/write-side.module';
import { WorkbookExport } from './export/workbook-export';
import { WorkbookImport } from './import/workbook-import';

/**
 * Bringing a municipality's existing register in from the spreadsheet
 * template, and writing the register out to it (issue 15); the command line's
 * import and export and the registrars' pages use these two.
 */
@Module({
  imports: [WriteSideModule],
  providers: [WorkbookImport, WorkbookExport],
  exports: [WorkbookImport, WorkbookExport],
})
export class WorkbookModule {}

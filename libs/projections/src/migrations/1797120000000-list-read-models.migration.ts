import { dialectOf } from '@register/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lists read model's tables (lists/list-entries.entities.ts). On
 * PostgreSQL the columns a list sorts and pages by take the "C" collation, so
 * the key's index returns them in code-unit order, the order SQLite's BINARY
 * collation gives, whatever locale the database was made with. A new
 * projection (`lists.v1`) starts at position 0, so a register made before
 * this release fills the tables from its log at the next start.
 */
export class ListReadModels1797120000000 implements MigrationInterface {
  readonly name = 'ListReadModels1797120000000';

  async up(runner: QueryRunner): Promise<void> {
    const id = dialectOf(runner) === 'postgres' ? 'TEXT COLLATE "C" NOT NULL' : 'TEXT NOT NULL';
    await runner.query(
      `CREATE TABLE rm_list_terms (list ${id}, term ${id}, item_id ${id}, recorded_from TEXT NOT NULL, PRIMARY KEY (list, term, item_id))`,
    );
    await runner.query(
      `CREATE TABLE rm_listed_powers (position BIGINT PRIMARY KEY, power_id ${id}, label TEXT NOT NULL, legal_basis TEXT NOT NULL,
         holder TEXT NOT NULL, mandatable INTEGER NOT NULL, non_mandatable_reason TEXT NULL, private_law INTEGER NOT NULL,
         search_text TEXT NOT NULL, recorded_from TEXT NOT NULL)`,
    );
    await runner.query(
      `CREATE TABLE rm_listed_functions (position BIGINT PRIMARY KEY, function_id ${id}, name TEXT NOT NULL, municipality TEXT NOT NULL,
         external_titles TEXT NOT NULL, search_text TEXT NOT NULL, recorded_from TEXT NOT NULL)`,
    );
    await runner.query(
      `CREATE TABLE rm_listed_documents (position BIGINT PRIMARY KEY, document_id ${id}, type TEXT NOT NULL, title TEXT NOT NULL,
         decided_on TEXT NOT NULL, decided_by TEXT NOT NULL, concerns TEXT NOT NULL, search_text TEXT NOT NULL, recorded_from TEXT NOT NULL)`,
    );
    await runner.query('CREATE INDEX rm_listed_powers_power ON rm_listed_powers (power_id)');
    await runner.query('CREATE INDEX rm_listed_functions_function ON rm_listed_functions (function_id)');
    await runner.query('CREATE INDEX rm_listed_documents_document ON rm_listed_documents (document_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['rm_listed_documents', 'rm_listed_functions', 'rm_listed_powers', 'rm_list_terms']) await runner.query(`DROP TABLE IF EXISTS ${table}`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The workbooks uploaded on the registrars' import page (../import-upload.schema.ts), in SQL both SQLite and PostgreSQL take. */
export class CreateWebImportUploads1796659200000 implements MigrationInterface {
  name = 'CreateWebImportUploads1796659200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE web_import_uploads (id_hash varchar(64) PRIMARY KEY, subject text NOT NULL, files text NOT NULL, created_at varchar(32) NOT NULL)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS web_import_uploads');
  }
}

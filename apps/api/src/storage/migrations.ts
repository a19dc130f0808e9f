import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/**
 * Migrations live in code (not files on disk) so the bundled server carries them.
 * Append only: never edit one that has shipped.
 */
const migrations: Record<string, Migration> = {
  '0001_organizations': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('organizations')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('sort_name', 'text', (col) => col.notNull())
        .addColumn('data', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
        .execute();
      await db.schema.createIndex('organizations_sort').on('organizations').columns(['sort_name', 'id']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('organizations').execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

/** The two databases Liaison stores its data in: embedded SQLite (the default) or a PostgreSQL server. */
export type DatabaseKind = 'sqlite' | 'postgres';

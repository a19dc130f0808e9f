export { startServer, DEFAULT_DB_FILE, type ServerOptions, type RunningServer } from './server.js';
export { createApp, type AppOptions } from './app.js';
export { openStorage, type Storage } from './storage/storage.js';
export { SeedError } from './storage/seed.js';
export { createLogger, type Logger, type LogLevel } from './observability/logger.js';

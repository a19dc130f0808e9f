// Types of server.mjs for the TypeScript tests that reuse it (test/cdn/).
export interface BenchServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Publishes a generated resource at `path` (content type from its extension by default). */
  add(path: string, body: string | Uint8Array, type?: string): void;
  close(): Promise<void>;
}
export function startServer(options: { cdnDir: string }): Promise<BenchServer>;

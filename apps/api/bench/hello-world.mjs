// The benchmarks' peer: a bare Hono hello-world on a free loopback port, in the child process
// that calls it. It reports its port to the parent over IPC and stops when the parent disconnects.
export async function serveHelloWorld() {
  const { Hono } = await import('hono');
  const { serve } = await import('@hono/node-server');
  const app = new Hono();
  app.get('/', (c) => c.text('Hello Hono!'));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.send({ port: info.port }));
  process.on('disconnect', () => server.close(() => process.exit(0)));
}

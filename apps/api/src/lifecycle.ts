/** Where a server process is in its life: readiness reads it, shutdown sets it. */
export interface Lifecycle {
  /** SIGTERM arrived: finishing in-flight requests; load balancers should send no more. */
  draining: boolean;
}

/** Where an outbox message stands: waiting (pending), claimed by a node (sending), sent, given up (failed), or not sent because its address is suppressed. */
export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed', 'suppressed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

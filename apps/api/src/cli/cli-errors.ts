/** The command line was used wrongly (unknown command or flag, missing argument): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The command ran and failed; its report is in `lines` (one per problem): exit code 1. */
export class CommandFailed extends Error {
  override readonly name = 'CommandFailed';
  constructor(
    message: string,
    readonly lines: readonly string[] = [],
  ) {
    super(message);
  }
}

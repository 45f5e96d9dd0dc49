/** A failure the recount CLI reports as one sentence on stderr (exit 1), not a stack trace. */
export class CliError extends Error {}

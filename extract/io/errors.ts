/** One-line reasons for file errors, for `error: cannot read <path>: <reason>` messages. */

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent is not a directory',
};

export function fileErrorReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return err instanceof Error ? err.message : String(err);
}

/** A failure the user can act on: printed as one `error: <message>` line, exit code 2, no stack. */
export class UserError extends Error {}

/** Everything a command touches outside itself, passed in so tests run commands in-process. */
export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** The clock, for rules about ages and expiring suppressions. */
  now?: Date;
}

export type Command = (argv: string[], io: CliIO) => Promise<number>;

/**
 * Node's parseArgs errors in hvlint's message style: the first sentence only, lower case,
 * no trailing period ("unknown option '--bogus'").
 */
export function usageMessage(error: unknown): string {
  const text = String((error as Error)?.message ?? error);
  const first = text.split(/\.\s/)[0]!.replace(/\.$/, '');
  return first.charAt(0).toLowerCase() + first.slice(1);
}

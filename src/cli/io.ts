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

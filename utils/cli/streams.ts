/** Where the command writes, one line per call; the entry point passes the process's own streams. */
export interface CliStreams {
  /** A promise means the line is buffered: wait for it before writing many more. */
  stdout(line: string): void | Promise<void>;
  stderr(line: string): void;
}

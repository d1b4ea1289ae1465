/** Where the command writes, one line per call; the entry point passes the process's own streams. */
export interface CliStreams {
  stdout(line: string): void;
  stderr(line: string): void;
}

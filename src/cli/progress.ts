/**
 * A one-line progress bar on stderr, only when stderr is a terminal (never in pipes, logs or tests),
 * redrawn at most a few times a second.
 */
export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

const WIDTH = 30;

/** A progress bar on `stream` when it is a TTY, else a no-op. */
export function createProgress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr
): Progress {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(ratio * WIDTH);
      stream.write(
        `\r${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${Math.round(ratio * 100)}%`
      );
      drawn = true;
    },
    done() {
      if (drawn) stream.write("\r\x1b[K");
    },
  };
}

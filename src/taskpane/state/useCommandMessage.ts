/**
 * The ribbon commands' latest result for the task pane (src/commands/notify.ts): read when the pane
 * mounts, kept current while it is mounted, and read again each time Office shows the pane, so that a
 * result posted while the pane was hidden is in view when a command opens the pane for it. A message the
 * user dismissed does not come back (it is stale): only a newer one shows.
 */
import { useCallback, useEffect, useState } from "react";
import { lastCommandMessage, onCommandMessage, type PostedMessage } from "../../commands/notify";

/** Subscribes `onShown` to the pane being shown; returns the unsubscribe (host.ts: watchTaskpaneShown). */
export type WatchShown = (onShown: () => void) => () => void;

/** The newest message dismissed, kept for the page's life: the pane may be mounted again. */
let dismissedSeq = 0;

const unseen = (m: PostedMessage | null): PostedMessage | null =>
  m && m.seq > dismissedSeq ? m : null;

export function useCommandMessage(watchShown?: WatchShown): {
  message: PostedMessage | null;
  dismiss: () => void;
} {
  const [message, setMessage] = useState<PostedMessage | null>(() => unseen(lastCommandMessage()));
  useEffect(() => {
    const readLast = (): void => setMessage(unseen(lastCommandMessage()));
    // A message posted between the first render and this effect.
    readLast();
    const unsubscribe = onCommandMessage(setMessage);
    const unwatch = watchShown?.(readLast);
    return () => {
      unsubscribe();
      unwatch?.();
    };
  }, [watchShown]);
  const dismiss = useCallback(() => {
    dismissedSeq = Math.max(dismissedSeq, lastCommandMessage()?.seq ?? 0);
    setMessage(null);
  }, []);
  return { message, dismiss };
}

/**
 * The ribbon commands' latest result for the task pane (src/commands/notify.ts): read when the pane
 * mounts, kept current while it is mounted, and read again each time Office shows the pane, so that a
 * result the user dismissed earlier is in view again when a command opens the pane for it.
 */
import { useCallback, useEffect, useState } from "react";
import { lastCommandMessage, onCommandMessage, type PostedMessage } from "../../commands/notify";

/** Subscribes `onShown` to the pane being shown; returns the unsubscribe (host.ts: watchTaskpaneShown). */
export type WatchShown = (onShown: () => void) => () => void;

export function useCommandMessage(watchShown?: WatchShown): { message: PostedMessage | null; dismiss: () => void } {
  const [message, setMessage] = useState<PostedMessage | null>(() => lastCommandMessage());
  useEffect(() => {
    const readLast = (): void => setMessage(lastCommandMessage());
    // A message posted between the first render and this effect.
    readLast();
    const unsubscribe = onCommandMessage(setMessage);
    const unwatch = watchShown?.(readLast);
    return () => {
      unsubscribe();
      unwatch?.();
    };
  }, [watchShown]);
  const dismiss = useCallback(() => setMessage(null), []);
  return { message, dismiss };
}

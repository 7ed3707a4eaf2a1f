/**
 * How a ribbon command tells the user what happened. The commands run on the shared-runtime page, the
 * same page (same JavaScript) as the task pane, which shows the latest message in a message bar: it reads
 * it when it mounts and whenever Office shows it, and subscribes here for new ones. Each message also
 * asks Office to show the task pane (Office.addin.showAsTaskpane, SharedRuntime 1.1; a no-op when it is
 * already visible), so the message is seen: no dialog, no network, no extra page.
 */
import type { LocalText } from "../domain/core/types";
import { showTaskpane } from "../excel/officeHost";

export interface CommandMessage {
  kind: "success" | "error" | "info";
  text: LocalText;
}

/** A published message, numbered so that the pane can tell a new one from one it has shown. */
export interface PostedMessage extends CommandMessage {
  seq: number;
}

type Listener = (m: PostedMessage) => void;
const listeners = new Set<Listener>();
let last: PostedMessage | null = null;
let seq = 0;

/** Subscribe to command messages (the task pane); returns the unsubscribe function. */
export function onCommandMessage(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The latest message, for a pane that mounts or becomes visible after the command finished. */
export function lastCommandMessage(): PostedMessage | null {
  return last;
}

/** Publishes a message and asks for the task pane (the pane reads the message itself when it becomes visible). */
export function notifyUser(message: CommandMessage): void {
  last = { ...message, seq: ++seq };
  const posted = last;
  listeners.forEach((l) => l(posted));
  showTaskpane();
}

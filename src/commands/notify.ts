/**
 * How a ribbon command tells the user what happened. The commands run on the shared-runtime page, so
 * the task pane (same page, same JavaScript) subscribes here and shows the message as a Fluent toast.
 * When nothing listens (the pane is closed), the command opens the pane (Office.addin.showAsTaskpane,
 * SharedRuntime 1.1) so the message is seen: no dialog, no network, no extra page.
 */
import type { LocalText } from "../domain/types";

export interface CommandMessage {
  kind: "success" | "error" | "info";
  text: LocalText;
}

type Listener = (m: CommandMessage) => void;
const listeners = new Set<Listener>();
let last: CommandMessage | null = null;

/** Subscribe to command messages (the task pane); returns the unsubscribe function. */
export function onCommandMessage(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The latest message, for a pane that opens after the command finished. */
export function lastCommandMessage(): CommandMessage | null {
  return last;
}

/** Publishes a message; opens the task pane when nobody is listening. */
export async function notifyUser(message: CommandMessage): Promise<void> {
  last = message;
  listeners.forEach((l) => l(message));
  if (listeners.size > 0) return;
  try {
    if (typeof Office !== "undefined" && Office.addin?.showAsTaskpane) await Office.addin.showAsTaskpane();
  } catch {
    // Without the shared runtime the message stays available through lastCommandMessage().
  }
}

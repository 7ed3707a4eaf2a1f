/** What the pane knows of its host beyond the workbook port: where downloads are blocked. */
import { createContext } from "react";

export interface PaneHost {
  /** The Office platform that ignores add-in downloads ("Mac", "iOS"); null where downloads work. */
  downloadsBlockedOn: string | null;
}

export const HostContext = createContext<PaneHost>({ downloadsBlockedOn: null });

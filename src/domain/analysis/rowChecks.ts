/** What a caller may check across the rows while they are analysed (several files read as one). */
import type { ContactRow } from "../contacts/readContactSheet";
import type { Finding } from "../core/types";
import type { Enterprises } from "../enterprise/enterprises";
import type { RecordTable } from "../enterprise/recordTable";
import type { PoolRow } from "../pool/readPoolSheet";

export interface RowChecks {
  /**
   * Sees the pool and contact rows before they are counted, each contact row with the enterprise it
   * joined (`enterpriseOf`, beside it); returns the indexes of the contact rows to count, ascending.
   */
  rows(
    pool: readonly PoolRow[],
    contacts: readonly ContactRow[],
    enterpriseOf: ArrayLike<number>
  ): ArrayLike<number>;
  /** Findings over the certificate records grouped by enterprise, and the rows seen. */
  findings(t: RecordTable, ent: Enterprises): Finding[];
}

/**
 * Award events as columns while the analysis finds them (a million-row roster has about a hundred
 * thousand recognitions in a year), then as the list sorted by date whose items are made when read
 * (core/lazyList.ts).
 */
import { lazyList } from "../core/lazyList";
import { grown } from "../core/typedColumns";
import type { AwardEvent, AwardType, Serial } from "../core/types";
import type { Enterprises } from "../enterprise/enterprises";
import type { RecordTable } from "../enterprise/recordTable";
import { RowTexts } from "../enterprise/rowTexts";

const TYPES: readonly AwardType[] = ["first", "renewal", "relocation"];
const TYPE_CODE: Readonly<Record<AwardType, number>> = { first: 0, renewal: 1, relocation: 2 };

/**
 * Positions 0..n-1 of events on `days`, by day, reading order kept within a day: a counting sort over
 * the days from `from` to `to`, the only days events fall on.
 */
function dayOrder(days: ArrayLike<number>, from: Serial, to: Serial): Int32Array {
  const n = days.length;
  const start = new Int32Array(Math.max(0, to - from + 1) + 1);
  for (let k = 0; k < n; k++) start[days[k] - from + 1]++;
  for (let d = 1; d < start.length; d++) start[d] += start[d - 1];
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[start[days[k] - from]++] = k;
  return order;
}

/** Events made as objects, in reading order, sorted as dayOrder sorts. */
export function byDate<E extends AwardEvent>(events: readonly E[], from: Serial, to: Serial): E[] {
  const days = new Int32Array(events.length);
  events.forEach((ev, k) => (days[k] = ev.date));
  const out: E[] = [];
  for (const k of dayOrder(days, from, to)) out.push(events[k]);
  return out;
}

export class AwardColumns {
  length = 0;
  private row = new Int32Array(1024);
  private type = new Uint8Array(1024);
  private date = new Int32Array(1024);
  private unit = new Int32Array(1024);
  private amount = new Float64Array(1024);
  /** The relocation stage, 1-based; 0 for a recognition. */
  private stage = new Uint8Array(1024);

  /** An event of roster row `row`, in reading order; `stage` 0-based, for relocations only. */
  add(
    row: number,
    type: AwardType,
    date: Serial,
    unit: number,
    amount: number,
    stage?: number
  ): void {
    const k = this.length;
    if (k === this.row.length) this.grow();
    this.row[k] = row;
    this.type[k] = TYPE_CODE[type];
    this.date[k] = date;
    this.unit[k] = unit;
    this.amount[k] = amount;
    this.stage[k] = stage === undefined ? 0 : stage + 1;
    this.length = k + 1;
  }

  /** The events sorted by date (dayOrder). `stages`: how many stages a relocation has. */
  list(
    t: RecordTable,
    ent: Enterprises,
    units: readonly string[],
    stages: number,
    from: Serial,
    to: Serial
  ): AwardEvent[] {
    const n = this.length;
    const { type, date, unit, amount, stage } = this;
    const order = dayOrder(date.subarray(0, n), from, to);
    // Copied in reading order, the order the table's text slots lie in.
    const texts = new RowTexts(t, this.row.subarray(0, n), ent);
    return lazyList(n, (o): AwardEvent => {
      const k = order[o];
      const event: AwardEvent = texts.item(k, {
        unit: units[unit[k]],
        type: TYPES[type[k]],
        date: date[k],
        amount: amount[k],
      });
      if (stage[k] > 0) {
        event.stage = stage[k];
        event.stages = stages;
      }
      return event;
    });
  }

  private grow(): void {
    const n = this.row.length * 2;
    this.row = grown(this.row, n);
    this.type = grown(this.type, n);
    this.date = grown(this.date, n);
    this.unit = grown(this.unit, n);
    this.amount = grown(this.amount, n);
    this.stage = grown(this.stage, n);
  }
}

/**
 * A list whose items are made when they are first read. A million-row roster gives lists of a hundred
 * thousand items (expiring certificates, awards, the call list), and many readers need only their
 * length (the pane's tab counts, the bulletin's figures) or one page of them; making every item as an
 * object up front cost more than the analysis that chose them.
 *
 * The list is a real array to every reader: Array.isArray, length, indexing, the array methods,
 * iteration, JSON.stringify, structural equality and Object.freeze all behave as on the made array, and
 * an item read twice is the same object (a caller may add to it, as the several-files analysis adds each item's
 * file). Reading length or items makes only the items read; anything else that needs the whole array
 * (its keys, a write, a property descriptor) makes all of them first, once. `make` must not depend on
 * anything that changes after the list is made: the analysis gives it columns it copied for the list.
 */

/** The array index `p` names (a canonical non-negative integer below 2^32 - 1), or -1. */
function arrayIndex(p: string): number {
  const n = p.length;
  if (n === 0 || n > 10) return -1;
  const first = p.charCodeAt(0);
  if (first < 48 || first > 57 || (first === 48 && n > 1)) return -1;
  let k = 0;
  for (let j = 0; j < n; j++) {
    const c = p.charCodeAt(j);
    if (c < 48 || c > 57) return -1;
    k = k * 10 + (c - 48);
  }
  return k < 4294967295 ? k : -1;
}

/** An array of `length` items, item k made by `make(k)` when first read. */
export function lazyList<T>(length: number, make: (k: number) => T): T[] {
  // The items made so far, at their indexes (undefined: not yet made); empty until one is read. Once
  // every item is made, the proxy is only a window on it.
  const target: T[] = [];
  let complete = length === 0;
  let maker: ((k: number) => T) | null = make;
  let made = 0;

  const one = (k: number): T => {
    if (target.length === 0) {
      // Pushed rather than `new Array(length)`: above about 100,000 slots that is a slow dictionary.
      for (let j = 0; j < length; j++) target.push(undefined as T);
    }
    let item = target[k];
    if (item === undefined) {
      target[k] = item = (maker as (k: number) => T)(k);
      // The last item made: the maker, and the columns it reads, can go.
      if (++made === length) {
        complete = true;
        maker = null;
      }
    }
    return item;
  };
  const all = (): void => {
    for (let k = 0; !complete && k < length; k++) one(k);
  };

  return new Proxy(target, {
    get(tg, p, receiver) {
      if (!complete) {
        if (p === "length") return length;
        if (typeof p === "string") {
          const k = arrayIndex(p);
          if (k >= 0) return k < length ? one(k) : undefined;
        }
      }
      // Methods and symbols come from Array.prototype; they read length and items through this proxy.
      return Reflect.get(tg, p, receiver) as unknown;
    },
    has(tg, p) {
      if (!complete && typeof p === "string") {
        const k = arrayIndex(p);
        if (k >= 0) return k < length;
      }
      return Reflect.has(tg, p);
    },
    ownKeys(tg) {
      all();
      return Reflect.ownKeys(tg);
    },
    getOwnPropertyDescriptor(tg, p) {
      all();
      return Reflect.getOwnPropertyDescriptor(tg, p);
    },
    set(tg, p, value) {
      all();
      return Reflect.set(tg, p, value);
    },
    defineProperty(tg, p, descriptor) {
      all();
      return Reflect.defineProperty(tg, p, descriptor);
    },
    deleteProperty(tg, p) {
      all();
      return Reflect.deleteProperty(tg, p);
    },
    // Object.freeze and seal: the items must be there before the array takes no more.
    preventExtensions(tg) {
      all();
      return Reflect.preventExtensions(tg);
    },
  });
}

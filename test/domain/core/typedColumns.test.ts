/** A typed column grown by doubling keeps its type and values, with zeros after them. */
import { grown } from "../../../src/domain/core/typedColumns";

it.each([
  ["Uint8Array", Uint8Array.from([1, 2, 255])],
  ["Uint16Array", Uint16Array.from([1, 2, 65535])],
  ["Int32Array", Int32Array.from([1, -2, -2147483648])],
  ["Float64Array", Float64Array.from([1.5, -2, Infinity])],
])("%s", (type, a) => {
  const b = grown(a, 6);
  expect(b.constructor.name).toBe(type);
  expect(Array.from(b)).toEqual([...Array.from(a), 0, 0, 0]);
  expect(b).not.toBe(a);
});

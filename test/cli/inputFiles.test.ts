/** Files given on the command line: each file is read once, however it is reached. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { inputFiles } from "../../src/cli/inputFiles";
import { InputError } from "../../src/cli/inputError";

let dir: string;
let file: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-inputs-"));
  fs.mkdirSync(path.join(dir, "towns"));
  file = path.join(dir, "towns", "镇甲.xlsx");
  fs.writeFileSync(file, "PK");
  fs.writeFileSync(path.join(dir, "towns", "镇乙.xlsx"), "PK");
  fs.symlinkSync(file, path.join(dir, "link.xlsx"));
  fs.linkSync(file, path.join(dir, "hard.xlsx"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const refusal = (given: string[]): string => {
  try {
    inputFiles(given);
  } catch (e) {
    if (e instanceof InputError) return e.line("en-US");
    throw e;
  }
  return "accepted";
};

describe("inputFiles", () => {
  it.each([
    ["the same path twice", () => [file, file]],
    [
      "a path and the same file written otherwise",
      () => [file, path.join(dir, "towns", "..", "towns", "镇甲.xlsx")],
    ],
    ["a file and a symbolic link to it", () => [file, path.join(dir, "link.xlsx")]],
    ["a file and a hard link to it", () => [path.join(dir, "hard.xlsx"), file]],
    ["a folder and a file in it", () => [path.join(dir, "towns"), path.join(dir, "link.xlsx")]],
  ])("refuses %s, naming the second", (_what, given) => {
    const paths = given();
    expect(refusal(paths)).toBe(`gaoqi: ${paths[1]}: given twice (each file is read once)`);
  });

  it("reads two different files of a folder, in name order", () => {
    const got = inputFiles([path.join(dir, "towns")]);
    expect(got.files.map((f) => f.name)).toEqual(["镇乙.xlsx", "镇甲.xlsx"]);
    expect(got.several).toBe(true);
  });
});

/**
 * A child for the signal test: stages an output (its temporary file written), says where on stdout, then
 * waits to be interrupted. The parent sends a signal and checks the temporary file is gone.
 */
import * as fs from "fs";
import { OutputSet } from "../../../src/cli/outputs";

const target = process.argv[2];
const outputs = new OutputSet();
void outputs.stage(target, async (temp) => {
  fs.writeFileSync(temp, "partial");
  process.stdout.write(temp + "\n");
  await new Promise(() => setInterval(() => undefined, 1000));
});

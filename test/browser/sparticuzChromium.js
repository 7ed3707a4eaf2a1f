/**
 * The Chromium inside the npm package @sparticuz/chromium (x64 Linux), for machines with no system
 * browser. The package ships the binary brotli-compressed (bin/chromium.br) and the NSS/NSPR libraries it
 * links against, built for Amazon Linux 2023, as bin/al2023.tar.br; both are unpacked once into the
 * project's cache (unpackCache.js) and the libraries are put first on LD_LIBRARY_PATH when Chromium starts,
 * so it runs where Debian's libnss3 and friends are not installed. Everything comes from the npm registry:
 * the package's own download helpers are not used. Its fonts.tar.br (Open Sans only) and swiftshader
 * (WebGL) are not needed: cjkFont.js provides the fonts and the checks run with --disable-gpu.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { spawnSync } = require("child_process");
const { pipeline } = require("stream/promises");
const { unpackOnce } = require("./unpackCache");

const PACKAGE = "@sparticuz/chromium";

/** The package folder and version, or null when it is not installed (npm ci not run, or --omit=dev). */
function sparticuzPackage() {
  let entry;
  try {
    entry = require.resolve(PACKAGE); // build/cjs/index.cjs; resolving does not run it
  } catch {
    return null;
  }
  const dir = path.resolve(path.dirname(entry), "..", "..");
  return {
    dir,
    version: JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version,
  };
}

async function unpackBinary(compressed, target) {
  await pipeline(
    fs.createReadStream(compressed),
    zlib.createBrotliDecompress(),
    fs.createWriteStream(target, { mode: 0o755 })
  );
}

function unpackTar(compressed, targetDir) {
  // tar is part of every Linux base system; the archive is 1 MB compressed, so doing it in memory is fine.
  const tar = spawnSync("tar", ["-x", "-C", targetDir], {
    input: zlib.brotliDecompressSync(fs.readFileSync(compressed)),
  });
  if (tar.error || tar.status !== 0)
    throw new Error(
      `unpacking ${compressed} failed: ${tar.error ? tar.error.message : tar.stderr.toString().trim()}`
    );
}

/**
 * Unpacks (once) and resolves to { executablePath, libraryDir, version }; null when the package is not
 * installed. Callers check the platform first: the binary is x64 Linux only.
 */
async function sparticuzChromium() {
  const pkg = sparticuzPackage();
  if (!pkg) return null;
  const bin = path.join(pkg.dir, "bin");
  const dir = await unpackOnce(`sparticuz-chromium-${pkg.version}`, async (into) => {
    unpackTar(path.join(bin, "al2023.tar.br"), into);
    await unpackBinary(path.join(bin, "chromium.br"), path.join(into, "chromium"));
  });
  return {
    executablePath: path.join(dir, "chromium"),
    libraryDir: path.join(dir, "lib"),
    version: pkg.version,
  };
}

module.exports = { sparticuzChromium, sparticuzPackage };

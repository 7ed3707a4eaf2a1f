/**
 * A deployed copy of the add-in for check-deploy to inspect: a plain-http server on 127.0.0.1 serving a
 * directory, with the hosting choices an administrator makes (CORS, content types, missing files) set
 * per test. Text files have `fromOrigin` replaced by the server's own address, as if built for it.
 */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";

export interface Hosting {
  /** Access-Control-Allow-Origin on .json files: "*" (default), another value, or none. */
  cors?: string | null;
  /** Content type for .json files (default application/json). */
  jsonType?: string;
  /** Cache-Control for every response (default none). */
  cacheControl?: string;
  /** Paths (from the root, e.g. "/assets/icon-32.png") that answer 404. */
  missing?: string[];
  /** The address the text files are rewritten to (default: the server's own). */
  builtFor?: (base: string) => string;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".xml": "application/xml",
  ".png": "image/png",
  ".map": "application/json",
};

export interface Site {
  base: string;
  hosting: Hosting;
  close(): Promise<void>;
}

/** Serves `dir` under /gaoqi; `hosting` may be changed between requests. */
export function serveSite(dir: string, fromOrigin: string, hosting: Hosting = {}): Promise<Site> {
  const site = { base: "", hosting, close: async () => undefined } as Site;
  const server = http.createServer((req, res) => {
    const h = site.hosting;
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(
      /^\/gaoqi/,
      ""
    );
    const file = path.join(dir, rel);
    if (
      !file.startsWith(dir) ||
      (h.missing ?? []).includes(rel) ||
      !fs.existsSync(file) ||
      !fs.statSync(file).isFile()
    ) {
      res.writeHead(404).end("not found");
      return;
    }
    const ext = path.extname(file);
    const headers: Record<string, string> = {
      "content-type":
        ext === ".json"
          ? (h.jsonType ?? "application/json")
          : (TYPES[ext] ?? "application/octet-stream"),
    };
    if (ext === ".json" && h.cors !== null) headers["access-control-allow-origin"] = h.cors ?? "*";
    if (h.cacheControl) headers["cache-control"] = h.cacheControl;
    res.writeHead(200, headers);
    if (/\.(xml|json|html)$/.test(ext))
      res.end(
        fs
          .readFileSync(file, "utf8")
          .split(fromOrigin)
          .join((h.builtFor ?? ((b) => b))(site.base))
      );
    else fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      site.base = `http://127.0.0.1:${(server.address() as { port: number }).port}/gaoqi`;
      site.close = () => new Promise((r) => server.close(() => r()));
      resolve(site);
    })
  );
}

/**
 * Webpack's second build: the offline page dist/gaoqi.html, one self-contained file. The page's script
 * and its reading worker's script are built as single chunks, then written into the HTML inline (the
 * worker's as text the page starts from a blob: URL), with a Content-Security-Policy that forbids
 * every network connection; the scripts' files are not emitted. It works from file:// as from a server.
 */
const path = require("path");
const webpack = require("webpack");

const PAGE = "gaoqi";
const WORKER = "gaoqi-read-worker";

/** Nothing may be fetched or sent; inline script and styles (Griffel) run, the worker starts from blob:. */
const CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline' blob:",
  "worker-src blob:",
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "font-src data:",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join("; ");

/**
 * A script as the HTML parser leaves it alone (no "</script" or "<!--" inside it), and without the one
 * web address a library puts in its error messages: the page names no place on the network.
 */
function inlineSafe(js) {
  return js
    .replace(/https:\/\/react\.dev\/errors\//g, "React error #")
    .replace(/<\/(script)/gi, "<\\/$1")
    .replace(/<!--/g, "<\\!--");
}

function pageHtml(pageJs, workerJs) {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8" />
<meta http-equiv="Content-Security-Policy" content="${CSP}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="referrer" content="no-referrer" />
<title>高企 Gaoqi</title>
<style>body { margin: 0; }</style>
</head>
<body>
<div id="root"></div>
<script type="text/plain" id="${WORKER}">${inlineSafe(workerJs)}</script>
<script>${inlineSafe(pageJs)}</script>
</body>
</html>
`;
}

class OfflinePagePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("OfflinePagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "OfflinePagePlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const js = (name) => {
            const asset = compilation.getAsset(`${name}.js`);
            if (!asset) throw new Error(`offline page: no ${name}.js was built`);
            return asset.source.source().toString();
          };
          const html = pageHtml(js(PAGE), js(WORKER));
          for (const name of Object.keys(compilation.assets))
            if (name.endsWith(".js") || name.endsWith(".map") || name.endsWith(".txt"))
              compilation.deleteAsset(name);
          compilation.emitAsset("gaoqi.html", new webpack.sources.RawSource(html));
        }
      );
    });
  }
}

/** The webpack configuration of the offline page. */
function offlinePageConfig(mode) {
  const root = path.join(__dirname, "..");
  return {
    name: "offline-page",
    mode,
    devtool: false,
    target: "web",
    entry: {
      [PAGE]: "./src/web/index.tsx",
      [WORKER]: "./src/web/readWorker.ts",
    },
    context: root,
    output: {
      path: path.join(root, "dist"),
      filename: "[name].js",
      // Everything in one script: a page opened from disk loads no other file.
      asyncChunks: false,
      clean: false,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new OfflinePagePlugin(),
    ],
  };
}

module.exports = { offlinePageConfig, CSP, WORKER_SCRIPT_ID: WORKER };

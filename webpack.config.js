/**
 * Builds the add-in: one page (taskpane.html, the shared runtime) that loads the custom functions first,
 * then the ribbon commands, then the React task pane, through a small ES5 bootstrap that loads them only
 * where the browser engine can run them. `npm run build` (production) needs ADDIN_URL and
 * writes dist/ with every https://localhost:3000 in the manifest and function metadata rewritten to it;
 * `npm run build:dev` / `npm run dev-server` keep localhost (dev server on https://localhost:3000).
 * Production script names carry a hash of their content, so a browser or Office cache never mixes an old
 * chunk with a new page: taskpane.html and the manifest name the hashed files, while the files Office
 * itself asks for by a fixed URL (manifest.xml, taskpane.html, functions.json, functions.zh-CN.json,
 * functions-help.html, assets/) keep their names.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const {
  DEV_ORIGIN,
  productionOrigin,
  rewriteUrls,
  pointFunctionsScript,
} = require("./scripts/manifestUrls");
const { renderFunctionsHelp } = require("./scripts/functionsHelp");
const { offlinePageConfig } = require("./scripts/offlinePage");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const FUNCTIONS_ZH = "./src/functions/functions.zh-CN.json";
// ES5, inlined into taskpane.html: loads the ES2020 bundle only where it can run.
const BOOTSTRAP = "./src/taskpane/bootstrap.js";
// Load order on the page matters: functions first so they register as soon as the runtime starts.
const ENTRIES = [
  ["functions", FUNCTIONS_SOURCE],
  ["commands", "./src/commands/commands.ts"],
  ["taskpane", "./src/taskpane/index.tsx"],
];

/** Adds functions-help.html (the helpUrl of every function) from the generated and the zh-CN metadata. */
class FunctionsHelpPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsHelpPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsHelpPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const en = compilation.getAsset("functions.json");
          if (!en) return;
          const zh = JSON.parse(fs.readFileSync(path.join(__dirname, FUNCTIONS_ZH), "utf8"));
          const html = renderFunctionsHelp(JSON.parse(en.source.source().toString()), zh);
          compilation.emitAsset("functions-help.html", new webpack.sources.RawSource(html));
        }
      );
    });
  }
}

/** Production: rewrites the development origin in every text asset that carries URLs (manifest, metadata, help). */
class RewriteOriginPlugin {
  constructor(origin) {
    this.origin = origin;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteOriginPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteOriginPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.(xml|json|html)$/.test(name)) continue;
            const text = assets[name].source().toString();
            if (text.includes(DEV_ORIGIN))
              compilation.updateAsset(
                name,
                new webpack.sources.RawSource(rewriteUrls(text, this.origin))
              );
          }
        }
      );
    });
  }
}

/**
 * Points the manifest's Functions.Script.Url at the functions entry's file as built (its name carries the
 * content hash). Runs after webpack has settled the hashes (OPTIMIZE_HASH), before anything is written.
 */
class FunctionsScriptUrlPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsScriptUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "FunctionsScriptUrlPlugin",
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER,
        },
        () => {
          const entry = compilation.entrypoints.get("functions");
          const file =
            entry && [...entry.getEntrypointChunk().files].find((f) => f.endsWith(".js"));
          const manifest = compilation.getAsset("manifest.xml");
          if (!file || !manifest) return;
          compilation.updateAsset(
            "manifest.xml",
            new webpack.sources.RawSource(
              pointFunctionsScript(manifest.source.source().toString(), file)
            )
          );
        }
      );
    });
  }
}

/**
 * HTTPS options for the dev server: office-addin-dev-certs' localhost certificate. Where its CA cannot
 * be installed as trusted (no sudo, a container), the certificate it generated is still served; if there
 * is none, webpack-dev-server's own self-signed certificate is the last resort. Both are said aloud.
 */
async function devHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
    const reason = String((e && e.message) || e).split("\n")[0];
    if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
      console.warn(`[gaoqi] The developer CA could not be trusted on this machine (${reason}).`);
      console.warn(
        `[gaoqi] Serving office-addin-dev-certs' certificate anyway; trust ${path.join(dir, "ca.crt")} where Excel runs.`
      );
      return Object.fromEntries(
        Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))])
      );
    }
    console.warn(
      `[gaoqi] office-addin-dev-certs failed (${reason}); falling back to a self-signed certificate Excel will not trust.`
    );
    return undefined;
  }
}

/** ADDIN_URL for production; otherwise throws before anything is built (webpack exits non-zero) with just the message. */
function refuseWithoutOrigin() {
  try {
    return productionOrigin(process.env.ADDIN_URL);
  } catch (e) {
    e.stack = `${e.name}: ${e.message}`; // the message says it all; a stack trace would bury it
    throw e;
  }
}

/**
 * The add-in; with `--env page`, the offline page instead (scripts/offlinePage.js), written into dist/
 * beside it without cleaning it (`npm run build` builds both, the add-in first).
 */
module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  if (env.page) return offlinePageConfig(mode);
  return addinConfig(env, mode);
};

async function addinConfig(env, mode) {
  const dev = mode === "development";
  const origin = dev ? DEV_ORIGIN : refuseWithoutOrigin();
  // Entries whose file exists: the build works while the task pane and commands are still being written.
  const present = ENTRIES.filter(([, file]) => fs.existsSync(path.join(__dirname, file)));
  const hasFunctions = present.some(([name]) => name === "functions");

  return {
    name: "addin",
    mode,
    devtool: "source-map",
    entry: Object.fromEntries(present),
    output: {
      path: path.join(__dirname, "dist"),
      // Development keeps plain names (the dev server never caches); see the header for production.
      filename: dev ? "[name].js" : "[name].[contenthash:16].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:16].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`'s job; transpiling alone keeps builds fast on small machines.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    optimization: {
      // One webpack runtime for all entries: otherwise each entry gets its own module instances and the
      // functions and the task pane would each hold a separate copy of the session settings.
      runtimeChunk: "single",
      splitChunks: { chunks: "all" },
    },
    // The task pane (React + Fluent) is larger than webpack's default hint; the functions' size is
    // measured by `npm run bench` (functionsGzKB) instead.
    performance: { hints: false },
    plugins: [
      ...(hasFunctions
        ? [
            new CustomFunctionsMetadataPlugin({
              output: "functions.json",
              input: FUNCTIONS_SOURCE,
            }),
            new FunctionsHelpPlugin(),
          ]
        : []),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: present.map(([name]) => name),
        chunksSortMode: "manual",
        // The template places the scripts itself, held back for the ES5 bootstrap (src/taskpane/bootstrap.js).
        inject: false,
        templateParameters: {
          bootstrapScript: fs.readFileSync(path.join(__dirname, BOOTSTRAP), "utf8"),
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          ...(hasFunctions ? [{ from: FUNCTIONS_ZH, to: "functions.zh-CN.json" }] : []),
        ],
      }),
      ...(dev ? [] : [new RewriteOriginPlugin(origin)]),
      new FunctionsScriptUrlPlugin(),
    ],
    devServer: {
      port: 3000,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? { type: "https", options: await devHttpsOptions() } : "https",
      static: false,
      devMiddleware: { writeToDisk: false },
    },
  };
}

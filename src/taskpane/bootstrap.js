/*
 * The script that starts the page, inlined into taskpane.html by the build, and written in ES5 on purpose.
 * The webview an add-in runs in depends on the Office version ("Browsers and webview controls used by
 * Office Add-ins", https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins);
 * Office versions past their support still run add-ins in Internet Explorer 11 or the old Edge WebView,
 * where the ES2020 bundle does not even parse: the pane would stay blank, the functions never register.
 * The bundle's scripts are in the page as <script type="text/plain" data-gaoqi-bundle src=...>, which no
 * browser runs. This script tests the syntax and built-ins the bundle needs; where they are there it adds
 * the same scripts as real ones, in order (async = false keeps the order of dynamically added scripts);
 * where they are not, it shows in the user's language that this Office cannot run Gaoqi and what to do.
 * It must stay ES5 (test/taskpane/bootstrap.test.ts parses it as ES5).
 */
(function (win, doc) {
  // Syntax of the bundle (TypeScript target ES2020): let/const, classes, arrows, async/await, for-of,
  // spread, template literals, optional chaining and nullish coalescing. Compiled, never run.
  var SYNTAX = "let a = { b: [1] }; const c = a?.b ?? []; class D { m() { return async () => { for (const x of [...c]) await x; return `${c.length}`; }; } } return new D();";

  /** Whether this engine can run the bundle: its syntax, and the built-ins it calls. */
  function canRunBundle() {
    try {
      new win.Function(SYNTAX);
    } catch (e) {
      return false;
    }
    return (
      typeof win.Promise === "function" &&
      typeof win.Map === "function" &&
      typeof win.Set === "function" &&
      typeof win.Symbol === "function" &&
      typeof win.Proxy === "function" &&
      typeof win.Reflect === "object" &&
      typeof win.Object.fromEntries === "function" &&
      typeof win.Array.prototype.flatMap === "function" &&
      typeof win.String.prototype.matchAll === "function" &&
      typeof win.globalThis === "object"
    );
  }

  var MESSAGE = {
    zh: {
      title: "此版本的 Office 无法运行高企加载项",
      body: "当前 Office 使用的浏览器组件（Internet Explorer 11 或旧版 WebView）过旧。请将 Office 更新到最新版本（Microsoft 365，或 Office 2021 及以上），或在较新的浏览器中使用 Excel 网页版打开本工作簿；也可以在较新的浏览器中打开高企网页版 gaoqi.html（无需 Excel，数据不出本机）。",
    },
    en: {
      title: "This version of Office cannot run Gaoqi",
      body: "Office runs add-ins here in an outdated browser engine (Internet Explorer 11 or an old WebView). Update Office to the latest version (Microsoft 365, or Office 2021 or later), or open this workbook in Excel on the web in a current browser; or open the Gaoqi web page gaoqi.html in a current browser (no Excel needed; your data stays on your computer).",
    },
  };

  /** The add-in's one language rule: Chinese for zh-*, English otherwise (src/taskpane/i18n/lang.ts). */
  function langOf(tag) {
    return /^zh(\b|-|_|$)/i.test(tag || "") ? "zh" : "en";
  }

  function showMessage(tag) {
    var text = MESSAGE[langOf(tag)];
    var root = doc.getElementById("root") || doc.body;
    root.innerHTML = "";
    var box = doc.createElement("div");
    box.setAttribute("role", "alert");
    box.setAttribute("data-gaoqi-unsupported", langOf(tag));
    box.style.padding = "12px";
    box.style.fontFamily = '"Microsoft YaHei", "Segoe UI", sans-serif';
    var h = doc.createElement("h1");
    h.style.fontSize = "16px";
    h.appendChild(doc.createTextNode(text.title));
    var p = doc.createElement("p");
    p.style.fontSize = "14px";
    p.appendChild(doc.createTextNode(text.body));
    box.appendChild(h);
    box.appendChild(p);
    root.appendChild(box);
  }

  function loadBundle() {
    var held = doc.querySelectorAll("script[data-gaoqi-bundle]");
    var head = doc.head || doc.getElementsByTagName("head")[0];
    for (var i = 0; i < held.length; i++) {
      var s = doc.createElement("script");
      s.src = held[i].getAttribute("src");
      s.async = false;
      head.appendChild(s);
    }
  }

  function start() {
    if (canRunBundle()) {
      loadBundle();
      return "bundle";
    }
    var nav = win.navigator || {};
    showMessage(nav.language || nav.userLanguage);
    // Office's own display language, once office.js (which still supports these hosts) is ready.
    var office = win.Office;
    if (office && typeof office.onReady === "function") {
      office.onReady(function () {
        var context = win.Office && win.Office.context;
        if (context && context.displayLanguage) showMessage(context.displayLanguage);
      });
    }
    return "message";
  }

  win.gaoqiBootstrap = start();
})(window, document);

/**
 * The script prepended to every Custom UI index.html the host serves. It defines
 * `window.__bridge.callBridge(command, payload)` before the app bundle loads, so the real
 * @forge/bridge 7.2 runs unchanged: each call goes to the parent page by postMessage and resolves
 * with the parent's answer. Event subscriptions (`events.on`) and history stay in the frame,
 * because callbacks cannot cross postMessage. It also reports the document's height so the parent
 * sizes the iframe to its content.
 * Plain ES2019 in a string: it runs in the browser as written, never compiled by this project.
 */
export const FRAME_SHIM_JS = String.raw`
(function () {
  var HOST = 'forge-sandbox-host';
  var FRAME = 'forge-sandbox-frame';
  // The page showing the frame, on another origin (host-bridge.ts): where messages go and come from.
  // The browser's word for it (ancestorOrigins) where it gives one; the URL's only where it does not.
  var ancestors = window.location.ancestorOrigins;
  var origin = (ancestors && ancestors.length > 0 ? ancestors[0] : null)
    || new URLSearchParams(window.location.search).get('host') || window.location.origin;
  var pending = {};
  var seq = 0;
  var listeners = {};

  function toParent(message) {
    message.source = FRAME;
    window.parent.postMessage(message, origin);
  }

  function cloneable(value) {
    if (value === undefined) return undefined;
    return JSON.parse(JSON.stringify(value));
  }

  function send(command, payload) {
    return new Promise(function (resolve, reject) {
      var id = ++seq;
      pending[id] = { resolve: resolve, reject: reject };
      toParent({ kind: 'call', id: id, command: command, payload: cloneable(payload) });
    });
  }

  function subscribe(payload) {
    var list = listeners[payload.event] || (listeners[payload.event] = []);
    list.push(payload.callback);
    return Promise.resolve({
      unsubscribe: function () {
        var i = list.indexOf(payload.callback);
        if (i >= 0) list.splice(i, 1);
      }
    });
  }

  function memoryHistory() {
    var entries = [{ pathname: '/', search: '', hash: '', state: null, key: 'default' }];
    var index = 0;
    var watchers = [];
    function notify(action) { watchers.forEach(function (w) { w(history.location, action); }); }
    function parse(to, state) {
      var loc = typeof to === 'string' ? { pathname: to } : (to || {});
      return { pathname: loc.pathname || '/', search: loc.search || '', hash: loc.hash || '', state: state === undefined ? (loc.state || null) : state, key: String(++seq) };
    }
    var history = {
      action: 'POP',
      location: entries[0],
      get length() { return entries.length; },
      push: function (to, state) { entries = entries.slice(0, index + 1); entries.push(parse(to, state)); index = entries.length - 1; history.location = entries[index]; history.action = 'PUSH'; notify('PUSH'); },
      replace: function (to, state) { entries[index] = parse(to, state); history.location = entries[index]; history.action = 'REPLACE'; notify('REPLACE'); },
      go: function (n) { index = Math.max(0, Math.min(entries.length - 1, index + n)); history.location = entries[index]; history.action = 'POP'; notify('POP'); },
      back: function () { history.go(-1); },
      forward: function () { history.go(1); },
      listen: function (fn) { watchers.push(fn); return function () { watchers = watchers.filter(function (w) { return w !== fn; }); }; },
      block: function () { return function () {}; },
      createHref: function (to) { return typeof to === 'string' ? to : (to.pathname || '/') + (to.search || '') + (to.hash || ''); }
    };
    return Promise.resolve(history);
  }

  // view.theme.enable(): Jira themes the frame with Atlassian's design tokens, in the viewer's colour
  // mode. The host serves the token CSS from its own origin and says the mode in the frame's URL.
  function enableTheming() {
    var mode = new URL(window.location.href).searchParams.get('theme') === 'dark' ? 'dark' : 'light';
    var root = document.documentElement;
    root.setAttribute('data-color-mode', mode);
    root.setAttribute('data-theme', 'dark:dark light:light spacing:spacing typography:typography shape:shape');
    if (!document.querySelector('link[data-forge-theme]')) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = '/__forge/theme.css';
      link.setAttribute('data-forge-theme', '');
      document.head.appendChild(link);
    }
    return Promise.resolve();
  }

  var local = {
    enableTheming: enableTheming,
    on: subscribe,
    onPublic: subscribe,
    createHistory: memoryHistory,
    openModal: function () { return Promise.resolve(false); }
  };

  window.addEventListener('message', function (e) {
    if (e.origin !== origin || e.source !== window.parent) return;
    var m = e.data;
    if (!m || m.source !== HOST) return;
    if (m.kind === 'result') {
      var p = pending[m.id];
      if (!p) return;
      delete pending[m.id];
      if (m.ok) {
        p.resolve(m.value);
      } else {
        var err = new Error(m.error && m.error.message ? m.error.message : 'Bridge call failed');
        if (m.error && m.error.code) err.code = m.error.code;
        p.reject(err);
      }
    } else if (m.kind === 'event') {
      (listeners[m.event] || []).slice().forEach(function (cb) {
        try { cb(m.payload); } catch (err) { setTimeout(function () { throw err; }); }
      });
    }
  });

  window.__bridge = {
    callBridge: function (command, payload) {
      if (Object.prototype.hasOwnProperty.call(local, command)) return local[command](payload);
      return send(command, payload);
    }
  };

  var lastHeight = -1;
  var scheduled = false;
  function measure() {
    scheduled = false;
    var body = document.body;
    if (!body) return;
    var style = window.getComputedStyle(body);
    var rect = body.getBoundingClientRect();
    var height = Math.ceil(Math.max(body.scrollHeight, rect.height) + parseFloat(style.marginTop || '0') + parseFloat(style.marginBottom || '0'));
    if (height !== lastHeight) {
      lastHeight = height;
      toParent({ kind: 'height', height: height });
    }
  }
  function scheduleMeasure() {
    if (scheduled) return;
    scheduled = true;
    window.requestAnimationFrame(measure);
  }
  function watchSize() {
    if (window.ResizeObserver) new ResizeObserver(scheduleMeasure).observe(document.body);
    new MutationObserver(scheduleMeasure).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    window.addEventListener('load', scheduleMeasure);
    scheduleMeasure();
  }
  if (document.body) watchSize(); else document.addEventListener('DOMContentLoaded', watchSize);
})();
`;

/** Where the host serves the shim: a same-origin script, so it runs under the resources' CSP (no inline scripts). */
export const FRAME_SHIM_PATH = '/__forge/bridge/frame-shim.js';

/** The built index.html with the shim as the first script of <head>. */
export function injectFrameShim(indexHtml: string): string {
  const tag = `<script src="${FRAME_SHIM_PATH}"></script>`;
  const head = /<head[^>]*>/i.exec(indexHtml);
  if (head) return indexHtml.slice(0, head.index + head[0].length) + tag + indexHtml.slice(head.index + head[0].length);
  return tag + indexHtml;
}

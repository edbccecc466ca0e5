/**
 * The parent-page side of the Custom UI bridge, included in host pages that show app iframes
 * (`iframe.forge-frame` with a `data-context` JSON attribute, the Forge context the server built).
 * It answers the commands @forge/bridge 7.2 sends through the frame shim:
 * getContext, invoke (POST /__forge/invoke as the viewer), fetchProduct (requestJira, proxied as
 * the viewer through POST /__forge/fetch-product), submit / close (gadget edit view), refresh,
 * resize, navigate / getUrl / reload (router), emit (events to the other frames), showFlag /
 * closeFlag, changeWindowTitle, getFrameId, and refreshIssueView (@forge/jira-bridge); anything
 * else resolves to undefined.
 * It also sizes each iframe to the height its shim reports, and drives the gadget Edit toggle.
 * Plain ES2019 in a string: it runs in the browser as written.
 */
export const HOST_BRIDGE_JS = String.raw`
(function () {
  var S = window.__SANDBOX__;
  var HOST = 'forge-sandbox-host';
  var FRAME = 'forge-sandbox-frame';
  // Custom UI is served from Atlassian's CDN, another site than the Jira page showing it: a frame
  // cannot reach the page, shares no storage with it, and messages are checked by origin. Here the
  // resources come from the page's host under its other local name (localhost <-> 127.0.0.1, the
  // same server); under any other name, from the page's own origin.
  // https://developer.atlassian.com/platform/forge/custom-ui/iframe/
  function resourceOrigin() {
    var other = location.hostname === 'localhost' ? '127.0.0.1' : location.hostname === '127.0.0.1' ? 'localhost' : null;
    return other ? location.protocol + '//' + other + (location.port ? ':' + location.port : '') : location.origin;
  }
  var framesOrigin = resourceOrigin();
  var contexts = new WeakMap();
  var refreshTimers = new WeakMap();

  function frames() { return Array.prototype.slice.call(document.querySelectorAll('iframe.forge-frame')); }
  function frameFor(win) { return frames().filter(function (f) { return f.contentWindow === win; })[0]; }
  function contextOf(iframe) {
    if (!contexts.has(iframe)) contexts.set(iframe, JSON.parse(iframe.getAttribute('data-context')));
    return contexts.get(iframe);
  }
  function gadgetOf(iframe) { return iframe.closest('[data-gadget-id]'); }
  function authHeader() { return 'Basic ' + btoa(unescape(encodeURIComponent(S.user.emailAddress + ':sandbox'))); }
  function fail(message, code) { var e = new Error(message); if (code) e.code = code; throw e; }

  function originOf(iframe) { return new URL(iframe.src, location.href).origin; }

  function send(iframe, message) {
    message.source = HOST;
    if (iframe.contentWindow) iframe.contentWindow.postMessage(message, originOf(iframe));
  }

  function callJson(method, url, body) {
    return fetch(url, {
      method: method,
      headers: { 'content-type': 'application/json', authorization: authHeader() },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      return r.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = { error: { code: 'BAD_RESPONSE', message: text.slice(0, 200) } }; }
        return { ok: r.ok, status: r.status, data: data };
      });
    });
  }

  function setHeight(iframe, height) {
    if (typeof height === 'number' && height > 0) iframe.style.height = Math.ceil(height) + 'px';
  }

  function reloadFrame(iframe) {
    var url = new URL(iframe.src, location.href);
    url.searchParams.set('v', String(Date.now()));
    iframe.src = url.toString();
  }

  function urlFor(p) {
    if (p && p.url) return new URL(p.url, location.href).toString();
    var target = p && p.target;
    var path = null;
    if (target === 'issue' && p.issueKey) path = '/browse/' + encodeURIComponent(p.issueKey);
    else if (target === 'projectSettingsDetails' && p.projectKey) path = '/projects/' + encodeURIComponent(p.projectKey) + '/settings';
    // "The page within a specific module. Takes a moduleKey": a jira:projectSettingsPage with its project
    // (the only page module this app has) is the project's settings page here.
    else if (target === 'module' && p.moduleKey && p.projectKey && S.projectSettingsModules && S.projectSettingsModules.indexOf(p.moduleKey) >= 0) {
      path = '/projects/' + encodeURIComponent(p.projectKey) + '/settings';
    }
    else if (target === 'dashboard') path = '/dashboard';
    else if (target === 'project' || target === 'home') path = '/';
    if (!path) fail('Navigation target "' + target + '" is not available in the sandbox', 'NAVIGATION_TARGET_UNSUPPORTED');
    return new URL(path, location.href).toString();
  }

  function gadgetMode(gadget, mode) {
    var iframe = gadget.querySelector('iframe.forge-frame');
    var ctx = contextOf(iframe);
    if (mode === 'edit') ctx.extension.entryPoint = 'edit'; else delete ctx.extension.entryPoint;
    gadget.setAttribute('data-mode', mode);
    var toggle = gadget.querySelector('[data-gadget-toggle]');
    if (toggle) toggle.textContent = mode === 'edit' ? 'Cancel' : 'Edit';
    var url = new URL(iframe.src, location.href);
    url.searchParams.set('entry', mode);
    url.searchParams.set('v', String(Date.now()));
    iframe.src = url.toString();
    scheduleGadgetRefresh(gadget);
  }

  function scheduleGadgetRefresh(gadget) {
    var iframe = gadget.querySelector('iframe.forge-frame');
    clearInterval(refreshTimers.get(gadget));
    var minutes = Number((contextOf(iframe).extension.gadgetConfiguration || {}).refresh);
    if (gadget.getAttribute('data-mode') !== 'edit' && minutes > 0) {
      refreshTimers.set(gadget, setInterval(function () { reloadFrame(iframe); }, minutes * 60000));
    }
  }

  function showFlag(p) {
    var box = document.getElementById('flags');
    if (!box) return;
    var flag = document.createElement('div');
    flag.className = 'flag flag-' + (p.type || 'info');
    flag.setAttribute('data-flag-id', String(p.id));
    var title = document.createElement('div');
    title.className = 'flag-title';
    title.textContent = p.title || '';
    var description = document.createElement('div');
    description.textContent = p.description || '';
    flag.appendChild(title);
    flag.appendChild(description);
    box.appendChild(flag);
    if (p.isAutoDismiss) setTimeout(function () { flag.remove(); }, 8000);
  }

  var handlers = {
    getContext: function (iframe) { return contextOf(iframe); },
    getFrameId: function (iframe) { return iframe.getAttribute('data-frame-id'); },
    invoke: function (iframe, p) {
      var ctx = contextOf(iframe);
      return callJson('POST', '/__forge/invoke', {
        moduleKey: ctx.moduleKey, functionKey: p.functionKey, payload: p.payload, extension: ctx.extension, localId: ctx.localId
      }).then(function (r) {
        if (!r.ok && r.data && r.data.returned) return { ok: false, error: r.data.error };
        if (!r.ok) {
          var err = (r.data && r.data.error) || {};
          fail('There was an error invoking the function - ' + (err.message || ('HTTP ' + r.status)), err.code);
        }
        return p.metadata ? { body: r.data, metadata: {} } : r.data;
      });
    },
    fetchProduct: function (iframe, p) {
      return callJson('POST', '/__forge/fetch-product', p).then(function (r) {
        if (!r.ok) fail((r.data && r.data.error && r.data.error.message) || ('requestJira failed: HTTP ' + r.status));
        return r.data;
      });
    },
    submit: function (iframe, p) {
      var gadget = gadgetOf(iframe);
      if (!gadget || gadget.getAttribute('data-mode') !== 'edit') return false;
      return callJson('PUT', '/__forge/gadgets/' + encodeURIComponent(gadget.getAttribute('data-gadget-id')) + '/configuration', { configuration: p })
        .then(function (r) {
          if (!r.ok) fail((r.data && r.data.error && r.data.error.message) || 'Saving the gadget configuration failed');
          contextOf(iframe).extension.gadgetConfiguration = r.data.configuration;
          gadgetMode(gadget, 'view');
          return true;
        });
    },
    close: function (iframe) {
      var gadget = gadgetOf(iframe);
      if (!gadget || gadget.getAttribute('data-mode') !== 'edit') return false;
      gadgetMode(gadget, 'view');
      return true;
    },
    refresh: function (iframe) { reloadFrame(iframe); return true; },
    // @forge/jira-bridge 0.40 refreshIssueView() (out/issue-utils/refresh.js) calls 'refreshIssueView' and
    // fails with "Unable to refresh issue view." when the host answers false. Jira re-renders the issue
    // without reloading the page or the apps' frames; which modules may ask is not documented, so the
    // stricter reading: only modules shown on the issue view (here the issue panel and issue context).
    refreshIssueView: function (iframe) {
      var type = contextOf(iframe).extension.type;
      if (type !== 'jira:issuePanel' && type !== 'jira:issueContext') return false;
      return fetch(location.href, { credentials: 'same-origin' }).then(function (r) { return r.text(); }).then(function (text) {
        var fresh = new DOMParser().parseFromString(text, 'text/html');
        Array.prototype.slice.call(document.querySelectorAll('[data-issue-view-part]')).forEach(function (part) {
          var next = fresh.querySelector('[data-issue-view-part="' + part.getAttribute('data-issue-view-part') + '"]');
          if (next) part.innerHTML = next.innerHTML;
        });
        return true;
      });
    },
    resize: function (iframe, p) { setHeight(iframe, p && Number(p.height)); return true; },
    navigate: function (iframe, p) {
      var url = urlFor(p);
      if (p && p.type === 'new-tab') window.open(url, '_blank', 'noopener'); else window.location.href = url;
    },
    getUrl: function (iframe, p) { return urlFor(p); },
    reload: function () { window.location.reload(); },
    emit: function (iframe, p) {
      frames().forEach(function (f) { if (f !== iframe) send(f, { kind: 'event', event: p.event, payload: p.payload }); });
    },
    emitPublic: function (iframe, p) { handlers.emit(iframe, p); },
    showFlag: function (iframe, p) { showFlag(p || {}); },
    closeFlag: function (iframe, p) {
      Array.prototype.slice.call(document.querySelectorAll('[data-flag-id]'))
        .filter(function (el) { return el.getAttribute('data-flag-id') === String(p && p.id); })
        .forEach(function (el) { el.remove(); });
    },
    changeWindowTitle: function (iframe, title) { if (typeof title === 'string') document.title = title; }
  };

  window.addEventListener('message', function (e) {
    var m = e.data;
    if (!m || m.source !== FRAME) return;
    var iframe = frameFor(e.source);
    if (!iframe || e.origin !== originOf(iframe)) return;
    if (m.kind === 'height') { setHeight(iframe, m.height); return; }
    if (m.kind !== 'call') return;
    var handler = handlers[m.command];
    Promise.resolve()
      .then(function () { return handler ? handler(iframe, m.payload) : undefined; })
      .then(function (value) { send(iframe, { kind: 'result', id: m.id, ok: true, value: value === undefined ? undefined : JSON.parse(JSON.stringify(value)) }); },
            function (err) { send(iframe, { kind: 'result', id: m.id, ok: false, error: { message: String(err && err.message || err), code: err && err.code } }); });
  });

  frames().forEach(function (iframe) {
    var path = iframe.getAttribute('data-src');
    if (path && !iframe.getAttribute('src')) iframe.src = framesOrigin + path + '&host=' + encodeURIComponent(location.origin);
  });

  Array.prototype.slice.call(document.querySelectorAll('[data-gadget-id]')).forEach(function (gadget) {
    var toggle = gadget.querySelector('[data-gadget-toggle]');
    if (toggle) toggle.addEventListener('click', function () {
      gadgetMode(gadget, gadget.getAttribute('data-mode') === 'edit' ? 'view' : 'edit');
    });
    scheduleGadgetRefresh(gadget);
  });
})();
`;

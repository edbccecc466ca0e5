/**
 * The browser side of the "Forge sandbox" drawer (markup in forge-dev-panel.ts): opens and closes it
 * from the top bar (remembered in localStorage; Escape closes it), runs a button's trigger through
 * POST /__forge/trigger with the buttons disabled meanwhile, shows what ran and what it returned (or
 * the error) in the page, offers a reload since the run may have changed what the page shows, and
 * keeps the list of recent product events (GET /__forge/events, plus the events sent from this
 * drawer, kept for the tab in sessionStorage since the host lists only those Jira delivered itself)
 * current while the drawer is open. Data is put in the page with textContent only.
 * Plain ES2019 in a string: it runs in the browser as written.
 */
export const FORGE_DEV_PANEL_JS = String.raw`
(function () {
  var drawer = document.getElementById('forge-dev');
  var toggle = document.getElementById('forge-dev-toggle');
  if (!drawer || !toggle) return;
  var OPEN_KEY = 'forge-sandbox-drawer-open';
  var SENT_KEY = 'forge-sandbox-sent-events';
  var LIST_SIZE = 8;
  var POLL_MS = 3000;
  var resultBox = document.getElementById('forge-dev-result');
  var list = document.getElementById('forge-dev-deliveries');
  var note = document.getElementById('forge-dev-deliveries-note');
  var pollTimer = null;
  var busy = false;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function storage(kind) { try { return window[kind]; } catch (e) { return null; } }
  function timeOf(iso) {
    var d = new Date(iso);
    return isNaN(d.getTime()) ? '' : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }
  function humanize(name) {
    var words = String(name).replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  function idOf(item) {
    if (item === null || item === undefined) return '';
    if (typeof item !== 'object') return String(item);
    var names = ['taskKey', 'issueKey', 'incidentKey', 'key', 'jobId', 'id'];
    for (var i = 0; i < names.length; i++) if (typeof item[names[i]] === 'string' || typeof item[names[i]] === 'number') return String(item[names[i]]);
    return '';
  }

  /* ---- open / close ---- */
  function setOpen(open, focus) {
    drawer.hidden = !open;
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    document.body.classList.toggle('forge-dev-open', open);
    var store = storage('localStorage');
    if (store) store.setItem(OPEN_KEY, open ? '1' : '0');
    if (open) {
      refreshDeliveries();
      if (focus) document.getElementById('forge-dev-title').focus();
    } else {
      clearTimeout(pollTimer);
      if (focus) toggle.focus();
    }
  }
  toggle.addEventListener('click', function () { setOpen(drawer.hidden, true); });
  drawer.addEventListener('keydown', function (e) { if (e.key === 'Escape') setOpen(false, true); });
  drawer.querySelector('[data-forge-close]').addEventListener('click', function () { setOpen(false, true); });

  /* ---- results ---- */
  function facts(result) {
    var ul = el('ul', 'forge-dev-facts');
    if (result === undefined) { ul.appendChild(el('li', null, 'Returned nothing')); return ul; }
    if (result === null || typeof result !== 'object' || Array.isArray(result)) {
      ul.appendChild(el('li', null, 'Returned ' + JSON.stringify(result).slice(0, 200)));
      return ul;
    }
    Object.keys(result).forEach(function (name) {
      var value = result[name];
      var text;
      if (Array.isArray(value)) {
        var ids = value.map(idOf).filter(Boolean);
        text = humanize(name) + ': ' + value.length + (ids.length ? ' (' + ids.slice(0, 3).join(', ') + (ids.length > 3 ? ', …' : '') + ')' : '');
      } else if (value === null || typeof value !== 'object') {
        text = humanize(name) + ': ' + (typeof value === 'string' && value.length > 160 ? value.slice(0, 160) + '…' : String(value));
      } else {
        return;
      }
      ul.appendChild(el('li', null, text));
    });
    return ul;
  }
  function lozenge(kind, text) { return el('span', 'lozenge ' + kind, text); }
  function runView(run) {
    var isQueue = run.queueName !== undefined;
    var ok = isQueue ? run.status === 'success' : run.ok === true;
    var box = el('div', 'forge-dev-run');
    var head = el('div', 'forge-dev-run-head');
    head.appendChild(lozenge(ok ? 'done' : 'removed', isQueue ? run.status : ok ? 'ok' : 'failed'));
    head.appendChild(el('code', null, isQueue ? run.queueName + ' · job ' + String(run.jobId).slice(0, 8) : run.moduleKey));
    if (isQueue && run.attempts > 1) head.appendChild(el('span', 'forge-dev-hint', run.attempts + ' attempts'));
    box.appendChild(head);
    if (run.error) box.appendChild(el('div', 'forge-dev-error', (run.error.code ? run.error.code + ': ' : '') + run.error.message));
    if (ok || run.result !== undefined) box.appendChild(facts(run.result));
    if (run.result !== undefined && run.result !== null && typeof run.result === 'object') {
      var details = el('details', 'forge-dev-details');
      details.appendChild(el('summary', null, 'Full result'));
      details.appendChild(el('pre', null, JSON.stringify(run.result, null, 2)));
      box.appendChild(details);
    }
    return box;
  }
  function nothingRan(type) {
    if (type === 'queue') return 'Nothing ran: no event is waiting on the queue.';
    if (type === 'product-event') return 'Nothing ran: no trigger module subscribes to this event.';
    return 'Nothing ran.';
  }
  function showResult(label, outcome) {
    resultBox.textContent = '';
    var title = el('div', 'forge-dev-result-title');
    title.appendChild(el('strong', null, label));
    title.appendChild(el('span', 'forge-dev-hint', ' · ' + timeOf(new Date().toISOString())));
    resultBox.appendChild(title);
    (outcome.ignoredBy || []).forEach(function (ignored) {
      resultBox.appendChild(el('p', 'forge-dev-hint', ignored.moduleKey + ' did not run: ' + ignored.reason));
    });
    if (!outcome.ran.length && !(outcome.ignoredBy || []).length) resultBox.appendChild(el('p', 'forge-dev-hint', nothingRan(outcome.type)));
    outcome.ran.forEach(function (run) { resultBox.appendChild(runView(run)); });
    if (!outcome.ran.length) return;
    var reload = el('div', 'forge-dev-reload');
    reload.appendChild(el('span', null, 'The app may have changed what this page shows.'));
    var button = el('button', 'button', 'Reload page');
    button.type = 'button';
    button.addEventListener('click', function () { location.reload(); });
    reload.appendChild(button);
    resultBox.appendChild(reload);
  }
  function showError(label, message) {
    resultBox.textContent = '';
    var title = el('div', 'forge-dev-result-title');
    title.appendChild(el('strong', null, label));
    resultBox.appendChild(title);
    resultBox.appendChild(el('div', 'message error forge-dev-error-box', message));
  }

  /* ---- product events sent from here ---- */
  function sentEvents() {
    var store = storage('sessionStorage');
    try { return store ? JSON.parse(store.getItem(SENT_KEY) || '[]') : []; } catch (e) { return []; }
  }
  function rememberSent(event, outcome) {
    var failed = outcome.ran.filter(function (r) { return !r.ok; });
    var entry = {
      id: 'sent-' + Date.now(), sent: true, at: new Date().toISOString(), eventType: event.eventType,
      status: !outcome.ran.length ? 'ignored' : failed.length ? 'failed' : 'delivered',
      event: { eventType: event.eventType, issue: event.issue ? { key: event.issue.key } : undefined },
      runs: outcome.ran,
      note: outcome.ran.length ? '' : (outcome.ignoredBy || []).length ? 'kept out by the trigger\'s filter' : 'no trigger subscribes',
    };
    var store = storage('sessionStorage');
    if (store) store.setItem(SENT_KEY, JSON.stringify([entry].concat(sentEvents()).slice(0, LIST_SIZE)));
  }

  /* ---- running a button ---- */
  function setBusy(on, button) {
    busy = on;
    Array.prototype.forEach.call(drawer.querySelectorAll('[data-forge-action]'), function (b) {
      if (on) { b.setAttribute('data-was-disabled', b.disabled ? '1' : ''); b.disabled = true; }
      else { b.disabled = b.getAttribute('data-was-disabled') === '1'; b.removeAttribute('data-was-disabled'); }
    });
    resultBox.setAttribute('aria-busy', on ? 'true' : 'false');
    if (on) {
      resultBox.textContent = '';
      resultBox.appendChild(el('p', 'forge-dev-running', 'Running: ' + button.getAttribute('data-label') + '…'));
    }
  }
  function requestOf(button) {
    var type = button.getAttribute('data-forge-action');
    if (type === 'scheduled') return { type: 'scheduled', key: button.getAttribute('data-key') };
    if (type === 'queue') return { type: 'queue' };
    return { type: 'product-event', event: JSON.parse(document.getElementById('forge-dev-issue-event').textContent) };
  }
  function errorText(status, text) {
    try {
      var body = JSON.parse(text);
      if (body && body.error) return (body.error.code ? body.error.code + ': ' : '') + body.error.message;
    } catch (e) { /* not JSON */ }
    return 'The host answered ' + status + (text ? ': ' + text.slice(0, 300) : '');
  }
  function run(button) {
    if (busy) return;
    var label = button.getAttribute('data-label');
    var request = requestOf(button);
    setBusy(true, button);
    fetch('/__forge/trigger', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) })
      .then(function (response) {
        return response.text().then(function (text) {
          if (!response.ok) { showError(label, errorText(response.status, text)); return; }
          var outcome = JSON.parse(text);
          if (request.type === 'product-event') rememberSent(request.event, outcome);
          showResult(label, outcome);
        });
      })
      .catch(function (e) { showError(label, 'The sandbox host did not answer: ' + (e && e.message ? e.message : e)); })
      .then(function () {
        setBusy(false);
        button.focus();
        refreshDeliveries();
      });
  }
  drawer.addEventListener('click', function (e) {
    var button = e.target.closest('button[data-forge-action]');
    if (button && !button.disabled) run(button);
  });

  /* ---- recent product events ---- */
  var STATUS_KIND = { delivered: 'done', failed: 'removed', ignored: 'new', pending: 'indeterminate', running: 'indeterminate' };
  var TYPE_WORDS = { 'avi:jira:updated:issue': 'issue updated', 'avi:jira:created:issuelink': 'issue link created' };
  function subjectOf(record) {
    var e = record.event || {};
    if (e.issue && e.issue.key) return e.issue.key;
    if (e.sourceIssueId) return 'issues ' + e.sourceIssueId + ' → ' + e.destinationIssueId;
    return '';
  }
  function outcomeOf(record) {
    if (record.error) return record.error.message;
    if (record.ignoredBy && record.ignoredBy.length && !(record.deliverTo || []).length) {
      return 'Not sent to ' + record.ignoredBy.map(function (i) { return i.moduleKey; }).join(', ') + ': the app made this change (ignoreSelf)';
    }
    var parts = (record.runs || []).map(function (r) {
      if (!r.ok) return r.moduleKey + ' failed: ' + (r.error ? r.error.message : 'error');
      var ignored = r.result && typeof r.result === 'object' && typeof r.result.ignored === 'string' ? ': ' + r.result.ignored : '';
      return r.moduleKey + ' ran' + ignored;
    });
    if (record.note) parts.push(record.note);
    if (!parts.length && (record.status === 'pending' || record.status === 'running')) parts.push('to ' + (record.deliverTo || []).join(', '));
    return parts.join('; ');
  }
  function deliveryRow(record) {
    var li = el('li', 'forge-dev-delivery');
    li.setAttribute('data-status', record.status);
    var head = el('div', 'forge-dev-delivery-head');
    head.appendChild(lozenge(STATUS_KIND[record.status] || 'new', record.status));
    head.appendChild(el('span', 'forge-dev-delivery-type', TYPE_WORDS[record.eventType] || record.eventType));
    var subject = subjectOf(record);
    var issueKey = record.event && record.event.issue && record.event.issue.key;
    if (issueKey) {
      var link = el('a', 'forge-dev-delivery-issue', issueKey);
      link.href = '/browse/' + encodeURIComponent(issueKey);
      head.appendChild(link);
    } else if (subject) {
      head.appendChild(el('span', 'forge-dev-delivery-issue', subject));
    }
    head.appendChild(el('span', 'forge-dev-delivery-time', timeOf(record.at)));
    li.appendChild(head);
    var source = record.sent ? 'Sent from this drawer' : record.selfGenerated ? 'From Jira, caused by the app' : 'From Jira';
    var outcome = outcomeOf(record);
    li.appendChild(el('div', 'forge-dev-hint', source + (outcome ? ' · ' + outcome : '')));
    return li;
  }
  function showDeliveries(answer) {
    var records = answer.events.concat(sentEvents())
      .sort(function (a, b) { return String(b.at).localeCompare(String(a.at)); })
      .slice(0, LIST_SIZE);
    list.textContent = '';
    records.forEach(function (r) { list.appendChild(deliveryRow(r)); });
    var notes = [];
    if (!records.length) notes.push('No product event yet.');
    if (!answer.enabled) notes.push('Jira\'s own delivery of product events is off (PRODUCT_EVENTS=off); only events sent from here are listed.');
    if (answer.pending) notes.push(answer.pending + ' waiting to be delivered.');
    note.textContent = notes.join(' ');
  }
  function refreshDeliveries() {
    clearTimeout(pollTimer);
    if (drawer.hidden) return;
    fetch('/__forge/events?limit=' + LIST_SIZE)
      .then(function (response) {
        if (!response.ok) return response.text().then(function (text) { throw new Error(errorText(response.status, text)); });
        return response.json();
      })
      .then(showDeliveries)
      .catch(function (e) { note.textContent = 'Could not list product events: ' + (e && e.message ? e.message : e); })
      .then(function () { if (!drawer.hidden) pollTimer = setTimeout(refreshDeliveries, POLL_MS); });
  }

  var remembered = storage('localStorage');
  if (remembered && remembered.getItem(OPEN_KEY) === '1') setOpen(true, false);
})();
`;

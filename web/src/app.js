// The entente web app: draws the signed network from /api/network and
// explains every tie and actor with the sentences behind it. All data is
// put in the page as text (textContent), never as HTML.
import cytoscape from 'cytoscape';

const $ = (sel) => document.querySelector(sel);
const state = { months: [], since: '', until: '', cy: null, net: null, selected: null, names: new Map() };

// ---------------------------------------------------------------------------
// Small DOM helpers

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

function linkButton(text, onclick, title) {
  const b = el('button', { class: 'link', type: 'button', onclick, text });
  if (title) b.title = title;
  return b;
}

const signClass = (s) => (s > 0 ? 'pos' : s < 0 ? 'neg' : 'amb');
const signWord = (s) => (s > 0 ? 'cooperative' : s < 0 ? 'hostile' : 'ambivalent');
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
// Actors by name when the server's dictionaries give one ("Azerbaijan"),
// else by code; `label` adds the code: "Azerbaijan (AZE)".
const nameOf = (id) => state.names.get(id) || id;
const label = (id) => (state.names.has(id) ? `${state.names.get(id)} (${id})` : id);
function learnNames(...objs) {
  for (const [id, name] of objs) if (id && name) state.names.set(id, name);
}
const fmt = (x) => (Math.abs(x) >= 100 ? Math.round(x).toString() : (Math.round(x * 10) / 10).toString());

// A snippet with [matches] marked, as DOM nodes.
function snippetNodes(snippet) {
  const out = [];
  const re = /\[([^\]]*)\]/g;
  let last = 0, m;
  while ((m = re.exec(snippet))) {
    out.push(document.createTextNode(snippet.slice(last, m.index)));
    out.push(el('mark', { text: m[1] }));
    last = re.lastIndex;
  }
  out.push(document.createTextNode(snippet.slice(last)));
  return out;
}

// ---------------------------------------------------------------------------
// Data

function rangeQuery(extra = {}) {
  const p = new URLSearchParams();
  if (state.since) p.set('since', state.since);
  if (state.until) p.set('until', state.until);
  for (const [k, v] of Object.entries(extra)) if (v != null && v !== '') p.set(k, v);
  const s = p.toString();
  return s ? '?' + s : '';
}

async function api(path, extra) {
  const res = await fetch('/api/' + path + rangeQuery(extra));
  const body = await res.json().catch(() => ({ error: 'bad response' }));
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function monthsBetween(first, last) {
  const out = [];
  if (!first || !last) return out;
  let y = +first.slice(0, 4), m = +first.slice(5, 7) || 1;
  const ly = +last.slice(0, 4), lm = +last.slice(5, 7) || 12;
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
    if (out.length > 2400) break;
  }
  return out;
}

// ---------------------------------------------------------------------------
// The graph

// Blocs are numbered 1 and 2, as in the report (`bloc` is null for an
// actor outside the analysis: its ties are all too weak to have a sign).
const BLOCS = [1, 2];
const inBloc = (n) => n.bloc === 1 || n.bloc === 2;
const blocName = (b) => `bloc ${b}`;

function graphElements(net) {
  const els = [];
  const blocs = new Set(net.nodes.filter(inBloc).map((n) => n.bloc));
  // Blocs are compound parents, so the layout keeps each bloc together.
  if (blocs.size > 1) {
    for (const b of blocs) els.push({ data: { id: `bloc-${b}`, label: `Bloc ${b}`, bloc: b }, classes: `bloc bloc${b}` });
  }
  const maxEvents = Math.max(1, ...net.nodes.map((n) => n.events));
  for (const n of net.nodes) {
    const classes = [n.pressure > 0 ? 'pressured' : ''];
    els.push({
      data: {
        id: n.id, label: n.name || n.id, code: n.id, name: n.name || '', parent: blocs.size > 1 && inBloc(n) ? `bloc-${n.bloc}` : undefined,
        size: 22 + 26 * Math.sqrt(n.events / maxEvents), pressure: n.pressure,
      },
      classes: classes.join(' '),
    });
  }
  const maxW = Math.max(1, ...net.edges.map((e) => e.weight));
  net.edges.forEach((e, i) => {
    els.push({
      data: {
        id: `e${i}`, source: e.source, target: e.target, sign: e.sign, weight: e.weight,
        width: 1.5 + 7 * Math.sqrt(e.weight / maxW),
      },
      classes: [signClass(e.sign), e.frustrated ? 'frustrated' : ''].join(' '),
    });
  });
  return els;
}

const graphStyle = [
  { selector: 'node', style: {
    label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#455a64',
    color: '#1d1d1f', 'font-size': 13, 'font-weight': 600, 'text-valign': 'bottom', 'text-margin-y': 4,
    'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 2,
    'border-width': 2, 'border-color': '#fff',
  } },
  // Names are longer than codes: they wrap under the node.
  { selector: 'node[?name]', style: { 'text-wrap': 'wrap', 'text-max-width': 130, 'font-size': 12 } },
  { selector: 'node.pressured', style: { 'border-width': 5, 'border-color': '#ef6c00' } },
  { selector: 'node.bloc', style: {
    'background-opacity': 0.55, shape: 'round-rectangle', 'border-width': 1, 'border-color': '#b9c3cf',
    label: 'data(label)', 'text-valign': 'top', 'text-halign': 'center', 'font-size': 12, color: '#555',
    'text-background-opacity': 0, padding: 18,
  } },
  { selector: 'node.bloc1', style: { 'background-color': '#e3ecf7' } },
  { selector: 'node.bloc2', style: { 'background-color': '#f6e8e0', 'border-color': '#d9c2b4' } },
  { selector: 'edge', style: {
    width: 'data(width)', 'curve-style': 'bezier', 'line-color': '#9e9e9e', opacity: 0.85,
  } },
  // As in the report's pictures: cooperative solid green, hostile dashed
  // red, a tie expected to change (frustrated) orange.
  { selector: 'edge.pos', style: { 'line-color': '#2e7d32' } },
  { selector: 'edge.neg', style: { 'line-color': '#c62828', 'line-style': 'dashed', 'line-dash-pattern': [8, 5] } },
  { selector: 'edge.frustrated', style: { 'line-color': '#f08c00' } },
  { selector: 'node:selected', style: { 'overlay-color': '#1f5fa8', 'overlay-opacity': 0.18, 'overlay-padding': 6 } },
  { selector: 'edge:selected', style: { 'overlay-color': '#1f5fa8', 'overlay-opacity': 0.2, 'overlay-padding': 4, opacity: 1 } },
  { selector: '.faded', style: { opacity: 0.15 } },
];

// Blocs side by side, each actor on a ring around its bloc's centre, the
// busiest at the top; actors outside both blocs in a row underneath. A fixed
// layout keeps allies together and puts the hostile ties across the gap.
function blocPositions(net) {
  const pos = {};
  const groups = BLOCS.map((b) => net.nodes.filter((n) => n.bloc === b).sort((x, y) => y.events - x.events || (x.id < y.id ? -1 : 1)));
  const radius = (k) => (k <= 1 ? 0 : Math.max(90, (k * 70) / (2 * Math.PI)));
  const gap = 120 + radius(groups[0].length) + radius(groups[1].length);
  groups.forEach((g, b) => {
    const r = radius(g.length);
    const cx = b === 0 ? -gap / 2 : gap / 2;
    g.forEach((n, i) => {
      // Start bloc A at the right and bloc B at the left, facing each other.
      // Bloc B is turned half a step so no tie runs straight through a node.
      const a = (b === 0 ? 0 : Math.PI + Math.PI / Math.max(2, g.length)) + (2 * Math.PI * i) / g.length;
      pos[n.id] = { x: cx + r * Math.cos(a), y: r * Math.sin(a) };
    });
  });
  const rest = net.nodes.filter((n) => !inBloc(n));
  const low = Math.max(radius(groups[0].length), radius(groups[1].length)) + 120;
  rest.forEach((n, i) => { pos[n.id] = { x: (i - (rest.length - 1) / 2) * 90, y: low }; });
  return pos;
}

function drawGraph(net) {
  state.net = net;
  learnNames(...net.nodes.map((n) => [n.id, n.name]));
  $('#empty').hidden = net.edges.length > 0;
  if (state.cy) state.cy.destroy();
  const cy = cytoscape({
    container: $('#graph'), elements: graphElements(net), style: graphStyle,
    layout: { name: 'preset', positions: blocPositions(net), fit: true, padding: 40 },
    minZoom: 0.3, maxZoom: 3, wheelSensitivity: 0.3, boxSelectionEnabled: false,
  });
  cy.on('tap', 'edge', (ev) => showDyad(ev.target.data('source'), ev.target.data('target')));
  cy.on('tap', 'node', (ev) => { if (!ev.target.hasClass('bloc')) showActor(ev.target.id()); });
  cy.on('tap', (ev) => { if (ev.target === cy) { cy.elements().removeClass('faded'); showSummary(); } });
  // The code of a named actor, on hovering it.
  const box = $('#graph');
  cy.on('mouseover', 'node', (ev) => { if (!ev.target.hasClass('bloc')) box.title = label(ev.target.id()); });
  cy.on('mouseout', 'node', () => { box.title = ''; });
  state.cy = cy;
  window.__entente = { cy, state }; // for the browser tests
}

function focus(ids) {
  const cy = state.cy;
  if (!cy) return;
  cy.elements().removeClass('faded');
  if (!ids) return;
  const keep = cy.collection();
  for (const id of ids) keep.merge(cy.getElementById(id));
  const nodes = keep.nodes();
  const edges = nodes.edgesWith(nodes);
  cy.elements().not(nodes.union(edges).union(nodes.parents())).addClass('faded');
}

// ---------------------------------------------------------------------------
// The side panel

function panel(...children) {
  const p = $('#panel');
  p.replaceChildren(...children);
  p.scrollTop = 0;
}

function errorPanel(err) { panel(el('p', { class: 'error', text: String(err.message || err) })); }

function actorLink(id) { return linkButton(nameOf(id), () => showActor(id), `Show ${label(id)}`); }

function eventItem(e) {
  const sign = e.kind === 'relation' ? (e.relation ? e.relation.sign : 0) : Math.sign(e.goldstein);
  const what = e.kind === 'relation' ? `${(e.relation && e.relation.type) || 'relation'} (standing)` : `CAMEO ${e.code_label || e.code || '?'}`;
  const head = el('div', { class: 'head' },
    el('span', { class: 'date', text: e.date || 'undated' }),
    el('span', { class: 'code', text: `${e.source} → ${e.target}`, title: `${label(e.source)} → ${label(e.target)}` }),
    el('span', { text: what }),
    e.kind === 'event' ? el('span', { class: `badge ${signClass(sign)}`, text: fmt(e.goldstein) }) : null,
    e.negated ? el('span', { class: 'badge amb', text: 'negated' }) : null,
    e.modality && e.modality !== 'asserted' ? el('span', { class: 'sub', text: e.modality }) : null);
  const doc = e.doc || {};
  const src = el('div', { class: 'src' }, 'Source: ');
  const title = doc.title || doc.id || 'document';
  if (doc.url && /^https?:\/\//.test(doc.url)) src.append(el('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer', text: title }));
  else src.append(el('span', { text: title }));
  if (doc.date) src.append(` · ${doc.date}`);
  if (doc.source) src.append(` · ${doc.source}`);
  if (doc.duplicate) src.append(el('span', { class: 'badge amb', title: 'This article repeats another one; its events count once, under the original.', text: 'repeat' }));
  return el('div', { class: `ev ${signClass(sign)}` }, head, el('blockquote', { class: 'evidence', text: e.evidence || '' }), src);
}

// Events over time: one bar up (cooperation) and one down (conflict) per month.
function chart(timeline) {
  const NS = 'http://www.w3.org/2000/svg';
  const W = 360, H = 120, mid = 60, pad = 2;
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  const pts = timeline.filter((t) => t.month !== 'undated');
  svg.setAttribute('aria-label', `Cooperation and conflict by month, ${pts.length} months with events`);
  if (!pts.length) return svg;
  const months = monthsBetween(pts[0].month, pts[pts.length - 1].month);
  const by = new Map(pts.map((t) => [t.month, t]));
  const max = Math.max(1, ...pts.map((t) => Math.max(t.cooperation, t.conflict)));
  const step = (W - 2 * pad) / Math.max(1, months.length);
  const bw = Math.max(2, Math.min(28, step));
  const add = (tag, attrs) => { const n = document.createElementNS(NS, tag); for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v); svg.append(n); return n; };
  add('line', { x1: 0, x2: W, y1: mid, y2: mid, stroke: '#bbb', 'stroke-width': 1 });
  months.forEach((m, i) => {
    const t = by.get(m);
    if (!t) return;
    const x = pad + i * step + (step - bw) / 2, w = Math.max(1.5, bw - 1);
    if (t.cooperation > 0) {
      const h = (mid - 12) * t.cooperation / max;
      add('rect', { x, y: mid - h, width: w, height: h, class: 'pos' }).append(Object.assign(document.createElementNS(NS, 'title'), { textContent: `${m}: cooperation ${fmt(t.cooperation)}, ${t.events} events` }));
    }
    if (t.conflict > 0) {
      const h = (mid - 12) * t.conflict / max;
      add('rect', { x, y: mid, width: w, height: h, class: 'neg' }).append(Object.assign(document.createElementNS(NS, 'title'), { textContent: `${m}: conflict ${fmt(t.conflict)}, ${t.events} events` }));
    }
  });
  add('text', { x: 2, y: H - 2 }).textContent = months[0];
  add('text', { x: W - 2, y: H - 2, 'text-anchor': 'end' }).textContent = months[months.length - 1];
  add('text', { x: W - 2, y: 10, 'text-anchor': 'end' }).textContent = '▲ cooperation';
  add('text', { x: W - 2, y: H - 14, 'text-anchor': 'end' }).textContent = '▼ conflict';
  return svg;
}

function tieFor(a, b) {
  return state.net && state.net.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
}

async function showDyad(a, b) {
  if (a > b) [a, b] = [b, a];
  state.selected = { kind: 'dyad', a, b };
  focus([a, b]);
  panel(el('p', { class: 'sub', text: `Loading ${nameOf(a)} — ${nameOf(b)}…` }));
  try {
    const d = await api('dyad', { a, b, limit: 200 });
    learnNames([d.a, d.a_name], [d.b, d.b_name]);
    const tie = tieFor(a, b) || { sign: 0, weight: 0, cooperation: 0, conflict: 0, frustrated: false };
    const head = el('div', {},
      el('h2', {}, actorLink(a), ' — ', actorLink(b)),
      state.names.has(a) || state.names.has(b) ? el('p', { class: 'sub code', id: 'codes', text: `${a} — ${b}` }) : null,
      el('div', { class: 'sub' },
        el('span', { class: `badge ${signClass(tie.sign)}`, text: signWord(tie.sign) }),
        ` strength ${fmt(tie.weight)} · cooperation ${fmt(tie.cooperation)} · conflict ${fmt(tie.conflict)} · ${plural(d.total, 'record')}` +
        (d.events.some((e) => e.doc && e.doc.duplicate) ? ' (repeated articles counted once)' : '')));
    if (tie.frustrated) head.append(el('p', { class: 'sub', text: tie.sign < 0 ? 'Expected to change: a hostile tie inside a bloc (balance theory).' : 'Expected to change: a cooperative tie across the blocs (balance theory).' }));
    const list = el('div', { id: 'evidence' }, ...d.events.map(eventItem));
    if (!d.events.length) list.append(el('p', { class: 'sub', text: 'No events in this range.' }));
    panel(head, el('h3', { text: 'Over time' }), chart(d.timeline),
      el('h3', { text: `Evidence (${d.events.length}${d.total > d.events.length ? ' of ' + d.total : ''})` }), list);
  } catch (err) { errorPanel(err); }
}

async function showActor(id) {
  state.selected = { kind: 'actor', id };
  panel(el('p', { class: 'sub', text: `Loading ${nameOf(id)}…` }));
  try {
    const a = await api('actor', { id, limit: 30 });
    learnNames([a.id, a.name]);
    focus([id, ...a.ties.map((t) => (t.source === id ? t.target : t.source))]);
    const kv = el('dl', { class: 'kv' },
      el('dt', { text: 'Bloc' }), el('dd', { text: inBloc(a) ? blocName(a.bloc) : 'none (no tie strong enough to have a sign)' }),
      el('dt', { text: 'Cross-pressure' }), el('dd', {},
        a.pressure > 0 ? el('span', { class: 'badge press', text: fmt(a.pressure) }) : '0',
        a.pressure > 0 ? ` (rank ${a.pressure_rank} of ${a.actors})` : ' (no unbalanced triad)'),
      el('dt', { text: 'Triads' }), el('dd', { text: `${a.unbalanced} unbalanced of ${a.triangles}` }));
    const ties = el('ul', { class: 'plain', id: 'ties' });
    for (const t of [...a.ties].sort((x, y) => y.weight - x.weight)) {
      const other = t.source === id ? t.target : t.source;
      ties.append(el('li', {},
        el('span', { class: `badge ${signClass(t.sign)}`, text: t.sign > 0 ? '+' : t.sign < 0 ? '−' : '±' }), ' ',
        linkButton(`${nameOf(id)} — ${nameOf(other)}`, () => showDyad(id, other), `${id} — ${other}`),
        el('span', { class: 'sub', text: ` strength ${fmt(t.weight)}, ${plural(t.events + t.relations, 'record')}${t.frustrated ? ', expected to change' : ''}` })));
    }
    const triads = el('ul', { class: 'plain', id: 'triads' });
    for (const t of a.unbalanced_triads) {
      const [x, y, z] = t.actors.map(nameOf);
      const s = (v) => (v > 0 ? '+' : '−');
      triads.append(el('li', {}, `${x} ${s(t.signs[0])} ${y}, ${x} ${s(t.signs[1])} ${z}, ${y} ${s(t.signs[2])} ${z}`,
        el('span', { class: 'sub', text: ` strength ${fmt(t.strength)}` })));
    }
    if (!a.unbalanced_triads.length) triads.append(el('li', { class: 'sub', text: 'None: every triangle it is in is balanced.' }));
    // The name as the heading, the code under it.
    const heading = a.name ? [el('h2', { text: a.name }), el('p', { class: 'sub code', id: 'actor-code', text: id })] : [el('h2', { text: id })];
    panel(...heading, kv,
      el('h3', { text: `Ties (${a.ties.length})` }), ties,
      el('h3', { text: 'Unbalanced triads' }), triads,
      el('h3', { text: 'Latest evidence' }), el('div', {}, ...a.events.slice().reverse().map(eventItem)));
  } catch (err) { errorPanel(err); }
}

function showSummary() {
  state.selected = null;
  const net = state.net;
  if (!net) return;
  const s = net.summary;
  const kv = el('dl', { class: 'kv' },
    el('dt', { text: 'Actors' }), el('dd', { text: String(net.nodes.length) }),
    el('dt', { text: 'Ties' }), el('dd', { text: `${s.ties} (${net.edges.filter((e) => e.sign > 0).length} cooperative, ${net.edges.filter((e) => e.sign < 0).length} hostile)` }),
    el('dt', { text: 'Triangles' }), el('dd', { text: `${s.triangles}, ${s.unbalanced_triangles} unbalanced` }),
    el('dt', { text: 'Balance' }), el('dd', { text: `${Math.round(s.balance * 100)}% of triangles balanced` }),
    el('dt', { text: 'Frustration' }), el('dd', { text: `${fmt(s.frustration)} ties expected to change${s.frustration_optimal ? '' : ' (best found)'}` }));
  const pressured = el('ul', { class: 'plain', id: 'pressured' });
  for (const n of net.nodes.filter((x) => x.pressure > 0).sort((x, y) => y.pressure - x.pressure).slice(0, 8)) {
    pressured.append(el('li', {}, el('span', { class: 'badge press', text: fmt(n.pressure) }), ' ', actorLink(n.id),
      el('span', { class: 'sub', text: ` in ${n.unbalanced} unbalanced of ${plural(n.triangles, 'triangle')}` })));
  }
  if (!pressured.children.length) pressured.append(el('li', { class: 'sub', text: 'No actor sits in an unbalanced triangle.' }));
  const blocs = el('div', {});
  for (const b of BLOCS) {
    const members = net.nodes.filter((n) => n.bloc === b).map((n) => n.id);
    if (members.length) blocs.append(el('p', { class: 'bloc-members' }, el('strong', { text: `Bloc ${b}: ` }), ...members.flatMap((m, i) => (i ? [', ', actorLink(m)] : [actorLink(m)]))));
  }
  panel(el('h2', { text: 'The network' }),
    el('p', { class: 'sub', text: 'Green solid ties: cooperative; red dashed: hostile; orange: expected to change. Click a tie to read its evidence, or an actor for its ties and triads.' }),
    kv, el('h3', { text: 'Blocs' }), blocs, el('h3', { text: 'Most cross-pressured' }), pressured);
}

async function showSearch(q) {
  state.selected = { kind: 'search', q };
  focus(null);
  panel(el('p', { class: 'sub', text: `Searching “${q}”…` }));
  try {
    const r = await api('search', { q, limit: 50 });
    const list = el('div', { id: 'hits' });
    for (const h of r.hits) {
      const chips = el('div', { class: 'chips' });
      for (const ev of h.events) {
        const m = /^([^>]*)>([^:]*):(.*)$/.exec(ev);
        if (!m) continue;
        const a = m[1].slice(0, 3), b = m[2].slice(0, 3);
        chips.append(el('button', { class: 'chip', type: 'button', title: 'Show this tie', text: `${m[1]} → ${m[2]} ${m[3]}`, onclick: () => showDyad(a, b) }));
      }
      for (const a of h.actors) if (!h.events.some((e) => e.includes(a))) chips.append(el('span', { class: 'chip', text: a }));
      const doc = h.doc || {};
      list.append(el('div', { class: 'ev' },
        el('div', { class: 'head' }, el('span', { class: 'date', text: doc.date || 'undated' }), el('span', { class: 'sub', text: doc.title || doc.id || '' })),
        el('blockquote', {}, ...snippetNodes(h.snippet || h.text)), chips));
    }
    panel(el('h2', { text: `Search: ${q}` }), el('p', { class: 'sub', text: `${r.count} sentence${r.count === 1 ? '' : 's'}${r.count === 50 ? ' (first 50)' : ''}` }), list);
  } catch (err) { errorPanel(err); }
}

// ---------------------------------------------------------------------------
// Time range and start-up

async function loadNetwork() {
  try {
    const net = await api('network');
    drawGraph(net);
    if (!state.selected) showSummary();
    else if (state.selected.kind === 'dyad') showDyad(state.selected.a, state.selected.b);
    else if (state.selected.kind === 'actor') showActor(state.selected.id);
    else if (state.selected.kind === 'search') showSearch(state.selected.q);
  } catch (err) { errorPanel(err); }
}

function setupRange(meta) {
  state.months = monthsBetween(meta.first, meta.last);
  const since = $('#since'), until = $('#until');
  const max = Math.max(0, state.months.length - 1);
  for (const r of [since, until]) { r.min = 0; r.max = max; }
  since.value = 0;
  until.value = max;
  const label = () => {
    $('#since-label').textContent = state.months[+since.value] || '–';
    $('#until-label').textContent = state.months[+until.value] || '–';
  };
  let timer = null;
  const changed = (which) => {
    if (+since.value > +until.value) { if (which === since) until.value = since.value; else since.value = until.value; }
    label();
    const all = +since.value === 0 && +until.value === max;
    state.since = all ? '' : state.months[+since.value] || '';
    state.until = all ? '' : state.months[+until.value] || '';
    clearTimeout(timer);
    timer = setTimeout(loadNetwork, 250);
  };
  since.addEventListener('input', () => changed(since));
  until.addEventListener('input', () => changed(until));
  $('#range-reset').addEventListener('click', () => { since.value = 0; until.value = max; changed(since); });
  label();
}

async function start() {
  $('#search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = $('#search').value.trim();
    if (q) showSearch(q);
  });
  try {
    const meta = await api('meta');
    $('#stats').textContent = `${meta.documents} documents · ${meta.events} events · ${meta.relations} relations${meta.first ? ` · ${meta.first.slice(0, 7)} to ${meta.last.slice(0, 7)}` : ''}`;
    setupRange(meta);
  } catch (err) { $('#stats').textContent = 'cannot reach the database'; }
  await loadNetwork();
}

start();

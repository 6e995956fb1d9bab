// The analysts' workbench (docs/workbench.md): plain ES module, no build step, no library. Every call goes to the
// service's own /api/v1 with the bearer token the user signed in with (kept in this tab's sessionStorage only).
const $ = (sel, root = document) => root.querySelector(sel);
const TOKEN_KEY = 'zwfw-workbench-token';

// Pages each role may open (AccessRules: intake decides only; analysts keep the rules; supervisors and auditors read).
const PAGES = {
  intake: ['try'],
  analyst: ['try', 'law', 'change'],
  supervisor: ['law', 'supervise'],
  auditor: ['law', 'supervise'],
  admin: ['try', 'law', 'change', 'supervise'],
};

// Chinese labels for the vocabularies' codes (a code not listed here is shown as it is).
const LABELS = {
  ORDINARY: '一般程序', COMMITMENT: '告知承诺', WINDOW: '窗口', ONLINE: '网上',
  NATURAL_PERSON: '自然人', LEGAL_PERSON: '法人',
  MILITARY: '军人', ELDERLY: '老年人', DISABLED: '残疾人', PREGNANT: '孕妇',
  PROVIDED: '已提交', MISSING: '未提交', NOT_LEGAL_FORM: '不符合法定形式',
  ACCEPT: '受理', ACCEPT_WITH_DEFICIENCY: '容缺受理', APPROVE_BY_COMMITMENT: '告知承诺办理',
  NOTIFY_SUPPLEMENT: '一次告知补正', REJECT: '不予受理',
  E_LICENSE: '电子证照', DATA_SHARING: '数据共享',
  TEXT: '条文', LIST: '公布清单', INTERPRETATION: '解释条目',
  ABANDONED: '视为放弃', WITHDRAWN: '视为撤回',
  IN_FORCE: '施行', DRAFT: '草案', TRIAL: '试行', REPEALED: '废止',
};
const label = (code) => (code == null ? '' : LABELS[code] ? `${LABELS[code]}（${code}）` : String(code));

let vocab = null; // enums from the OpenAPI description (they follow the rule set in service)
let instrumentsCache = null;

// ---------------------------------------------------------------- the service
class ApiError extends Error {}

async function api(path, { method = 'GET', body, type = 'application/json' } = {}) {
  const headers = { Authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY) || ''}`, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = type;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : (type === 'application/json' ? JSON.stringify(body) : body) });
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const errors = (data && data.errors || []).map((e) => `${e.field}：${e.message}`).join('；');
    throw new ApiError(`${res.status} ${data && (data.detail || data.title) || res.statusText}${errors ? '（' + errors + '）' : ''}`);
  }
  return data;
}

// ---------------------------------------------------------------- little DOM helpers
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}
const show = (target, ...nodes) => { const el = typeof target === 'string' ? $(target) : target; el.replaceChildren(...nodes); };
const fail = (target, e) => show(target, h('p', { class: 'error', role: 'alert' }, e.message || String(e)));
function options(select, values, selected) {
  select.replaceChildren(...values.map((v) => h('option', { value: typeof v === 'object' ? v.value : v, selected: (typeof v === 'object' ? v.value : v) === selected },
    typeof v === 'object' ? v.text : label(v))));
}
function table(columns, rows) {
  return h('div', { class: 'scroll' }, h('table', {},
    h('thead', {}, h('tr', {}, columns.map(([title]) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, columns.map(([, cell]) => h('td', {}, cell(r))))))));
}
// An identifier shown to a person: first and last two characters only (keyed hashes and ids alike).
const mask = (id) => (!id ? '' : id.length <= 6 ? '***' : `${id.slice(0, 2)}…${id.slice(-2)}`);

// ---------------------------------------------------------------- sign-in and pages
async function signIn(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
  try {
    const me = await api('/api/v1/me');
    const pages = [...new Set(me.roles.flatMap((r) => PAGES[r] || []))];
    $('#sign-in').hidden = true;
    $('#who').hidden = false;
    $('#who-name').textContent = `${me.caller}（${me.roles.join('、')}）`;
    $('#tabs').hidden = false;
    for (const a of document.querySelectorAll('#tabs a')) a.hidden = !pages.includes(a.dataset.page);
    document.body.dataset.pages = pages.join(' ');
    route();
  } catch (e) {
    sessionStorage.removeItem(TOKEN_KEY);
    $('#sign-in-error').textContent = e instanceof ApiError && e.message.startsWith('401') ? '令牌无效，请重新输入。' : e.message;
  }
}

function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  location.hash = '';
  location.reload();
}

const loaded = new Set();
function route() {
  const pages = (document.body.dataset.pages || '').split(' ').filter(Boolean);
  if (!pages.length) return;
  const [name, query] = location.hash.slice(1).split('?');
  const page = pages.includes(name) ? name : pages[0];
  for (const s of document.querySelectorAll('.page')) s.hidden = s.id !== `page-${page}`;
  for (const a of document.querySelectorAll('#tabs a')) {
    if (a.dataset.page === page) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const params = new URLSearchParams(query || '');
  const first = !loaded.has(page);
  loaded.add(page);
  ({ try: openTry, law: openLaw, change: openChange, supervise: openSupervise })[page](params, first);
}

function vocabulary() {
  if (!vocab) vocab = readVocabulary();
  return vocab;
}

async function readVocabulary() {
  const doc = await (await fetch('/v3/api-docs')).json();
  const s = doc.components.schemas;
  return {
    route: s.AcceptanceRequest.properties.route.enum,
    channel: s.AcceptanceRequest.properties.channel.enum,
    applicantType: s.Applicant.properties.type.enum,
    groups: s.Applicant.properties.groups.items.enum,
    status: s.MaterialEntry.properties.status.enum,
    outcome: s.AcceptanceResponse.properties.outcome.enum,
  };
}

// ---------------------------------------------------------------- 试办 (try a case)
let matterMaterials = [];

async function openTry(params, first) {
  const req = params.get('case');
  // The catalog is read while the vocabularies are (both before the form is usable).
  const catalog = first && !req ? loadJurisdictions('640100') : null;
  if (first) {
    const v = await vocabulary();
    options($('#try-route'), v.route, 'ORDINARY');
    options($('#try-channel'), v.channel, 'ONLINE');
    options($('#try-applicant-type'), v.applicantType, 'LEGAL_PERSON');
    show('#try-groups', ...v.groups.map((g) => h('label', {}, h('input', { type: 'checkbox', name: 'group', value: g }), label(g))));
    $('#try-date').addEventListener('change', () => loadJurisdictions());
    $('#try-jurisdiction').addEventListener('change', () => loadMatters());
    $('#try-matter').addEventListener('change', () => loadMaterials());
    $('#try-form').addEventListener('submit', (e) => { e.preventDefault(); runTry(); });
    $('#other-kind').addEventListener('change', otherTemplate);
    $('#other-form').addEventListener('submit', (e) => { e.preventDefault(); runOther(); });
    otherTemplate();
  }
  if (req) {
    const r = JSON.parse(decodeURIComponent(escape(atob(req))));
    await fillTry(r);
    await runTry();
  } else if (catalog) {
    await catalog;
  }
}

async function loadJurisdictions(pick) {
  const date = $('#try-date').value;
  const list = await api(`/api/v1/jurisdictions?asOf=${date}`);
  const keep = pick || $('#try-jurisdiction').value || '640100';
  options($('#try-jurisdiction'), list.map((j) => ({ value: j.code, text: `${j.name}（${j.code}）` })), keep);
  await loadMatters();
}

async function loadMatters(pick) {
  const code = $('#try-jurisdiction').value;
  const list = await api(`/api/v1/jurisdictions/${code}/matters?asOf=${$('#try-date').value}`);
  const keep = pick || $('#try-matter').value;
  options($('#try-matter'), list.map((m) => ({ value: m.matterCode, text: `${m.name}（${m.matterCode}）${m.toleranceListed ? ' · 可容缺' : ''}${m.commitmentListed ? ' · 可告知承诺' : ''}` })), keep);
  await loadMaterials();
}

async function loadMaterials(statuses = {}) {
  const matter = $('#try-matter').value;
  const body = $('#try-materials tbody');
  if (!matter) { body.replaceChildren(); matterMaterials = []; return; }
  const detail = await api(`/api/v1/jurisdictions/${$('#try-jurisdiction').value}/matters/${matter}?asOf=${$('#try-date').value}`);
  const v = await vocabulary();
  matterMaterials = detail.materials;
  body.replaceChildren(...detail.materials.map((m) => {
    const id = `mat-${m.code}`;
    const sel = h('select', { id, 'data-code': m.code });
    options(sel, ['', ...v.status].map((s) => ({ value: s, text: s ? label(s) : '不列出（视为未提交）' })), statuses[m.code] ?? (m.obtainableVia ? '' : 'PROVIDED'));
    return h('tr', {},
      h('td', {}, h('label', { for: id }, `${m.code} ${m.name}`)),
      h('td', {}, m.main ? h('span', { class: 'tag', title: '主要申请材料' }, '主') : '',
        m.tolerable ? h('span', { class: 'tag', title: '可容缺受理的材料' }, '容') : '',
        m.obtainableVia ? h('span', { class: 'tag', title: `部门可自行获取：${label(m.obtainableVia)}` }, `取·${LABELS[m.obtainableVia] || m.obtainableVia}`) : '',
        m.proof ? h('span', { class: 'tag', title: '证明材料' }, '证明') : ''),
      h('td', {}, sel));
  }));
}

function tryRequest() {
  const req = {
    jurisdiction: $('#try-jurisdiction').value,
    matterCode: $('#try-matter').value,
    asOf: $('#try-date').value,
    route: $('#try-route').value,
    channel: $('#try-channel').value,
    applicant: {
      type: $('#try-applicant-type').value,
      id: $('#try-applicant-id').value.trim(),
      groups: [...document.querySelectorAll('#try-groups input:checked')].map((i) => i.value),
    },
    materials: [...document.querySelectorAll('#try-materials select')].filter((s) => s.value)
      .map((s) => ({ code: s.dataset.code, status: s.value })),
  };
  if ($('#try-commit-signed').checked || $('#try-commit-by').value) {
    req.commitment = { signed: $('#try-commit-signed').checked };
    if ($('#try-commit-by').value) req.commitment.supplementBy = $('#try-commit-by').value;
  }
  return req;
}

async function fillTry(r) {
  $('#try-date').value = r.asOf || $('#try-date').value;
  await loadJurisdictions(r.jurisdiction);
  await loadMatters(r.matterCode);
  const statuses = Object.fromEntries((r.materials || []).map((m) => [m.code, m.status]));
  for (const m of matterMaterials) if (!(m.code in statuses)) statuses[m.code] = '';
  await loadMaterials(statuses);
  if (r.route) $('#try-route').value = r.route;
  if (r.channel) $('#try-channel').value = r.channel;
  if (r.applicant) {
    $('#try-applicant-type').value = r.applicant.type;
    $('#try-applicant-id').value = r.applicant.id || '';
    for (const i of document.querySelectorAll('#try-groups input')) i.checked = (r.applicant.groups || []).includes(i.value);
  }
  $('#try-commit-signed').checked = !!(r.commitment && r.commitment.signed);
  $('#try-commit-by').value = (r.commitment && r.commitment.supplementBy) || '';
}

function exportCase(req) {
  const json = JSON.stringify(req, null, 2);
  $('#try-json').value = json;
  const link = `#try?case=${btoa(unescape(encodeURIComponent(JSON.stringify(req))))}`;
  $('#try-permalink').href = link;
  $('#try-download').href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
}

async function runTry() {
  const req = tryRequest();
  exportCase(req);
  show('#try-result', h('p', { class: 'muted' }, '正在判断…'));
  try {
    const answer = await api('/api/v1/decisions/acceptance', { method: 'POST', body: req });
    show('#try-result', ...(await renderAnswer(answer)));
  } catch (e) {
    fail('#try-result', e);
  }
}

const articleCache = new Map();
async function articleText(clause) {
  if (!articleCache.has(clause)) {
    articleCache.set(clause, api(`/api/v1/law/citation?clause=${encodeURIComponent(clause)}`).catch(() => null));
  }
  return articleCache.get(clause);
}

// An answer of any decision: its outcome and parts, then every reason with the article's words beside it.
async function renderAnswer(a) {
  const out = [];
  if (a.outcome) out.push(h('p', { class: 'outcome', id: 'answer-outcome' }, `结果：${label(a.outcome)}`));
  const facts = [];
  if (a.dueDate) facts.push(['承诺办结日期', a.dueDate]);
  if (a.legalDueDate) facts.push(['法定办结日期', a.legalDueDate]);
  if (a.notice && a.notice.kind) facts.push(['应出具', a.notice.kind]);
  if (a.priorityService) facts.push(['优先服务', '是']);
  if (facts.length) out.push(h('dl', {}, facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])));
  if (a.supplement && a.supplement.materials && a.supplement.materials.length) {
    out.push(h('h3', {}, `需补齐补正（期限 ${a.supplement.deadline || '—'}${a.supplement.lateConsequence ? '，逾期' + label(a.supplement.lateConsequence) : ''}）`),
      h('ul', {}, a.supplement.materials.map((m) => h('li', {}, `${m.code} ${m.name}：${label(m.problem)}`))));
  }
  if (a.waived && a.waived.length) {
    out.push(h('h3', {}, '免于提交'), h('ul', {}, a.waived.map((m) => h('li', {}, `${m.code} ${m.name}：${label(m.via)}`))));
  }
  if (a.unlawfulDemands && a.unlawfulDemands.length) {
    out.push(h('h3', {}, '不得要求提供'), h('pre', {}, JSON.stringify(a.unlawfulDemands, null, 2)));
  }
  const reasons = a.reasons || [];
  if (reasons.length) {
    out.push(h('h3', {}, `理由（${reasons.length} 条）`));
    const texts = await Promise.all(reasons.map((r) => (r.clause ? articleText(r.clause) : null)));
    reasons.forEach((r, i) => out.push(renderReason(r, texts[i])));
  }
  const rest = Object.fromEntries(Object.entries(a).filter(([k]) => !['outcome', 'dueDate', 'legalDueDate', 'notice', 'priorityService', 'supplement', 'waived', 'unlawfulDemands', 'reasons'].includes(k)));
  out.push(h('details', {}, h('summary', {}, '完整答复 JSON'), h('pre', {}, JSON.stringify(rest, null, 2))));
  return out;
}

function renderReason(r, article) {
  return h('div', { class: 'reason', 'data-clause': r.clause || '' },
    h('div', {}, h('span', { class: 'clause' }, r.clause || '（无条款）'), ' ',
      h('span', { class: 'tag', title: '依据' }, `依据：${label(r.basis)}`),
      r.discretionary ? h('span', { class: 'tag disc', title: '条文把选择留给部门' }, '裁量') : h('span', { class: 'tag' }, '羁束'),
      r.interpretation ? h('span', { class: 'tag', title: '解释条目' }, `解释 ${r.interpretation}`) : '',
      h('span', { class: 'muted' }, ` 规则 ${r.rule}`)),
    h('p', {}, r.text),
    r.list ? h('p', { class: 'muted' }, `清单：${r.list.name}，行 ${r.list.row}（${r.list.source}）`) : '',
    article ? h('details', { open: true }, h('summary', {}, `条文：${article.instrument.title} ${article.article}`),
      h('div', { class: 'article-text' }, article.text)) : h('p', { class: 'muted' }, '条文不在库中（整部文件引用或未收录）'));
}

const TEMPLATES = {
  '/api/v1/decisions/bundle-acceptance': { jurisdiction: '410700', bundleCode: 'XX-YJS-001', asOf: '2026-03-02', applicant: { type: 'NATURAL_PERSON', id: '410702194008152347', groups: [] }, materials: [{ code: 'B02', status: 'PROVIDED' }, { code: 'B03', status: 'PROVIDED' }, { code: 'B05', status: 'PROVIDED' }, { code: 'B06', status: 'PROVIDED' }] },
  '/api/v1/decisions/fee': { jurisdiction: '640100', matterCode: 'YC-BDC-003', asOf: '2026-01-15', applicant: { type: 'LEGAL_PERSON', id: '91640100MA76A1B2CR', enterpriseScale: 'LARGE', groups: [] }, certificates: 2 },
  '/api/v1/policies/matches': { jurisdiction: '410700', asOf: '2026-01-15', subject: { type: 'NATURAL_PERSON', id: '410702194008152347', attributes: {} } },
  '/api/v1/decisions/services': { jurisdiction: '410700', matterCode: 'XX-GTGS-004', asOf: '2026-01-15', channel: 'ONLINE', place: { level: 'VILLAGE' }, applicantRegion: '640104' },
  '/api/v1/decisions/acceptance': null,
};
function otherTemplate() {
  const t = TEMPLATES[$('#other-kind').value] || tryRequest();
  $('#other-json').value = JSON.stringify(t, null, 2);
}
async function runOther() {
  show('#other-result', h('p', { class: 'muted' }, '正在判断…'));
  try {
    const body = JSON.parse($('#other-json').value);
    const answer = await api($('#other-kind').value, { method: 'POST', body });
    show('#other-result', ...(await renderAnswer(answer)));
  } catch (e) {
    fail('#other-result', e);
  }
}

// ---------------------------------------------------------------- 法规与规则 (the law beside its rules)
async function instruments() {
  if (!instrumentsCache) instrumentsCache = await api('/api/v1/law/instruments');
  return instrumentsCache;
}

async function openLaw(params, first) {
  try {
    if (first) {
      const [list, jurisdictions] = await Promise.all([instruments(), api('/api/v1/jurisdictions')]);
      const names = Object.fromEntries(jurisdictions.map((j) => [j.code, j.name]));
      const byJurisdiction = Map.groupBy ? Map.groupBy(list, (i) => i.jurisdiction) : list.reduce((m, i) => m.set(i.jurisdiction, [...(m.get(i.jurisdiction) || []), i]), new Map());
      show('#law-instruments', ...[...byJurisdiction.entries()].sort().map(([code, items]) => h('div', {},
        h('h3', {}, `${names[code] || code}（${code}）`),
        h('ul', {}, items.map((i) => h('li', {}, h('a', { href: `#law?instrument=${encodeURIComponent(i.id)}`, 'data-instrument': i.id },
          `${i.title}`, h('br'), h('span', { class: 'muted' }, `${label(i.status)} · ${i.inForceFrom || '—'} 起${i.inForceTo ? ' 至 ' + i.inForceTo : ''} · ${i.articles} 条`))))))));
    }
    const id = params.get('instrument');
    for (const a of document.querySelectorAll('#law-instruments a')) a.setAttribute('aria-current', String(a.dataset.instrument === id));
    if (id) await showInstrument(id, params.get('article'));
  } catch (e) {
    fail('#law-article', e);
  }
}

async function showInstrument(id, article) {
  const view = await api(`/api/v1/law/instruments/${encodeURIComponent(id)}`);
  show('#law-articles', h('h3', {}, view.instrument.title), h('p', { class: 'muted' }, view.instrument.documentNumber || ''),
    h('ul', {}, view.articles.map((a) => h('li', {}, h('a', { href: `#law?instrument=${encodeURIComponent(id)}&article=${encodeURIComponent(a.article)}`, 'data-article': a.article, 'aria-current': String(a.article === article) },
      a.article, ' ', coverageTag(a.decisionRelevant, a.rules.length, a.interpretations.length))))));
  if (article) await showArticle(id, article);
  else show('#law-article', h('p', { class: 'muted' }, '选择一条查看条文、规则与场景。'));
}

// Coverage status of an article, live from the rule set: decision-relevant (Y/N/unassessed), encoded or explained.
function coverageTag(relevant, rules, entries) {
  if (relevant === 'Y' && rules) return h('span', { class: 'tag ok' }, '已编码');
  if (relevant === 'Y' && entries) return h('span', { class: 'tag' }, '解释说明');
  if (relevant === 'Y') return h('span', { class: 'tag bad' }, '待编码');
  if (relevant === 'N') return h('span', { class: 'tag' }, '非决定性');
  return h('span', { class: 'tag bad' }, '未评估');
}

async function showArticle(id, article) {
  const [a, scenarios] = await Promise.all([
    api(`/api/v1/law/instruments/${encodeURIComponent(id)}/articles/${encodeURIComponent(article)}`),
    api(`/api/v1/law/instruments/${encodeURIComponent(id)}/articles/${encodeURIComponent(article)}/scenarios`).catch(() => null),
  ]);
  const lists = [...new Set(a.rules.flatMap((r) => [...r.source.matchAll(/@publishedList\("([^"]+)"\)/g)].map((m) => m[1])))];
  show('#law-article',
    h('h3', { id: 'article-title' }, `${a.instrument.title} ${a.article}`),
    h('p', {}, coverageTag(a.decisionRelevant, a.rules.length, a.interpretations.length), ' ', h('span', { class: 'muted' }, a.note || '')),
    h('div', { class: 'article-text', id: 'article-text' }, a.text || '（条文未收录）'),
    h('h4', {}, `引用本条的规则（${a.rules.length}）`),
    h('div', { id: 'article-rules' }, a.rules.map((r) => h('details', { class: 'rule' },
      h('summary', {}, `${r.name}（${r.id}）— ${r.file}:${r.line}`),
      h('pre', {}, r.source)))),
    h('h4', {}, '规则读取的表'),
    lists.length ? h('ul', { id: 'article-tables' }, lists.map((l) => h('li', {}, l))) : h('p', { class: 'muted' }, '引用本条的规则不读取公布清单。'),
    h('h4', {}, `解释条目（${a.interpretations.length}）`),
    a.interpretations.length ? h('ul', {}, a.interpretations.map((e) => h('li', {}, h('strong', {}, e.id), ` ${e.reading}`,
      h('br'), h('span', { class: 'muted' }, `理由：${e.why}（${e.decidedBy}，${e.decidedOn}；${e.file}:${e.line}）`)))) : h('p', { class: 'muted' }, '无。'),
    h('h4', {}, '验证本条的场景'),
    renderScenarios(scenarios));
}

function renderScenarios(s) {
  if (!s) return h('p', { class: 'muted' }, '场景信息不可用。');
  const status = (x) => x.status == null ? h('span', { class: 'tag' }, '未运行') : x.status === 'PASSED' ? h('span', { class: 'tag ok' }, '通过') : h('span', { class: 'tag bad' }, x.status);
  return h('div', { id: 'article-scenarios' },
    h('p', { class: 'muted' }, s.resultsFrom ? `结果来自最近一次测试运行（${s.resultsFrom}）。` : '尚无测试结果（运行 mvn test 后生成 target/coverage/articles.json）。'),
    s.scenarios.length ? table([['场景', (x) => x.name], ['文件', (x) => `${x.feature}:${x.line}`], ['结果', status]], s.scenarios) : h('p', {}, '没有场景标注本条。'));
}

// ---------------------------------------------------------------- 校验、比较与重载 (change safely)
async function openChange(params, first) {
  if (!first) return;
  $('#validate-form').addEventListener('submit', (e) => { e.preventDefault(); runValidate(); });
  $('#whatif-form').addEventListener('submit', (e) => { e.preventDefault(); runWhatIf(); });
  $('#reload').addEventListener('click', runReload);
  const list = await instruments();
  const sides = [{ value: 'CURRENT', text: '在用规则（按各案日期）' }, ...list.map((i) => ({ value: i.id, text: `${i.title}（${label(i.status)}）` }))];
  options($('#whatif-base'), sides, 'yinchuan-measures-2025');
  options($('#whatif-proposal'), sides, 'yinchuan-draft-2025');
  await loadReloads();
}

async function runValidate() {
  const file = $('#validate-file').files[0];
  if (!file) return;
  show('#validate-result', h('p', { class: 'muted' }, '正在校验…'));
  try {
    const r = await api('/api/v1/ruleset/validate', { method: 'POST', body: file, type: 'application/zip' });
    const where = (p) => `${p.file}:${p.line}${p.column ? ':' + p.column : ''}`;
    show('#validate-result',
      h('p', { class: r.valid ? 'outcome' : 'outcome error', id: 'validate-verdict' }, r.valid ? `通过：${r.rules} 条规则` : `未通过：${r.problems.length} 个问题`),
      r.problems.length ? table([['位置', where], ['检查', (p) => p.check], ['问题', (p) => p.message]], r.problems) : '',
      r.notices.length ? h('details', {}, h('summary', {}, `提示（${r.notices.length}）`), table([['位置', where], ['提示', (p) => p.message]], r.notices)) : '');
  } catch (e) {
    fail('#validate-result', e);
  }
}

async function runWhatIf() {
  const base = $('#whatif-base').value;
  const proposal = $('#whatif-proposal').value;
  show('#whatif-result', h('p', { class: 'muted' }, '正在比较…'));
  try {
    let report;
    if ($('#whatif-source').value === 'audit') {
      const body = { base, proposal };
      if ($('#whatif-from').value) body.from = $('#whatif-from').value;
      if ($('#whatif-to').value) body.to = $('#whatif-to').value;
      report = await api('/api/v1/ruleset/what-if/replay', { method: 'POST', body });
    } else {
      const file = $('#whatif-file').files[0];
      if (!file) throw new Error('请选择案例文件（JSONL：每行一个 {"case": …, "acceptance": {…}}）。');
      const cases = (await file.text()).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
      report = await api('/api/v1/ruleset/what-if', { method: 'POST', body: { base, proposal, cases } });
    }
    show('#whatif-result', ...renderWhatIf(report));
  } catch (e) {
    fail('#whatif-result', e);
  }
}

function renderWhatIf(r) {
  const s = r.summary;
  const side = (d) => `${d.instrumentTitle || d.label}${d.instrumentStatus ? '（' + label(d.instrumentStatus) + '）' : ''}`;
  const counts = (o) => Object.entries(o || {}).map(([k, v]) => `${label(k)} ${v}`).join('，');
  return [
    h('p', { class: 'outcome', id: 'whatif-summary' }, `${side(r.base)} → ${side(r.proposal)}：${s.cases} 个案例，比较 ${s.compared} 个，${s.differing} 个不同，${s.invalid} 个无效`),
    h('p', {}, `基准结果：${counts(s.outcomes && s.outcomes.base)}；方案结果：${counts(s.outcomes && s.outcomes.proposal)}`),
    h('h4', {}, '不同的决定'),
    table([
      ['案例', (d) => h('span', {}, `${d.line + 1}. ${d.caseLabel || ''}`, h('br'), h('span', { class: 'muted' }, `${d.jurisdiction} ${d.matterCode || ''} ${d.asOf || ''} 申请人 ${d.applicant || ''}`))],
      ['变化', (d) => h('ul', {}, d.changes.map((c) => h('li', {}, h('strong', {}, c.part), `：${c.base ?? '—'} → ${c.proposal ?? '—'}`,
        h('br'), h('span', { class: 'muted' }, `基准条款：${(c.baseClauses || []).join('；') || '—'}；方案条款：${(c.proposalClauses || []).join('；') || '—'}`))))],
      ['两个答复', (d) => h('details', {}, h('summary', {}, `${label(d.base && d.base.outcome)} → ${label(d.proposal && d.proposal.outcome)}`),
        h('pre', {}, JSON.stringify({ base: d.base, proposal: d.proposal }, null, 2)))],
    ], r.differences),
    r.invalid && r.invalid.length ? h('details', {}, h('summary', {}, `无效案例（${r.invalid.length}）`), h('pre', {}, JSON.stringify(r.invalid, null, 2))) : '',
  ];
}

async function runReload() {
  show('#reload-result', h('p', { class: 'muted' }, '正在重载…'));
  try {
    const r = await api('/api/v1/ruleset/reload', { method: 'POST' });
    show('#reload-result', h('p', {}, `${r.outcome}：${(r.previousVersion || '').slice(0, 12)} → ${(r.ruleset && r.ruleset.version || '').slice(0, 12)}`));
  } catch (e) {
    fail('#reload-result', e);
  }
  await loadReloads();
}

async function loadReloads() {
  try {
    const list = await api('/api/v1/ruleset/reloads');
    const cols = list.length ? Object.keys(list[0]) : [];
    show('#reload-history', list.length ? table(cols.map((k) => [k, (x) => typeof x[k] === 'object' && x[k] !== null ? JSON.stringify(x[k]) : String(x[k] ?? '')]), list)
      : h('p', { class: 'muted' }, '本次启动以来没有重载。'));
  } catch (e) {
    fail('#reload-history', e);
  }
}

// ---------------------------------------------------------------- 监督 (supervisors)
async function openSupervise(params, first) {
  if (!first) return;
  const roles = (($('#who-name').textContent.match(/（(.*)）/) || [])[1] || '').split('、');
  $('#supervise-clock-block').hidden = !roles.some((r) => r === 'supervisor' || r === 'admin');
  $('#clock-form').addEventListener('submit', (e) => { e.preventDefault(); loadClock(); });
  $('#reviews-form').addEventListener('submit', (e) => { e.preventDefault(); loadReviews(); });
  $('#audit-form').addEventListener('submit', (e) => { e.preventDefault(); loadAudit(); });
  const v = await vocabulary();
  options($('#audit-outcome'), [{ value: '', text: '全部' }, ...v.outcome.map((o) => ({ value: o, text: label(o) }))], '');
  if (!$('#supervise-clock-block').hidden) await Promise.all([loadClock(), loadReviews()]);
  await loadAudit();
}

async function loadClock() {
  try {
    const status = $('#clock-status').value;
    const r = await api(`/api/v1/supervision/cases${status ? '?status=' + status : ''}`);
    show('#clock-result', r.cases.length ? table([['案件', (c) => mask(c.caseId)], ['事项', (c) => `${c.jurisdiction} ${c.matterCode}`], ['状态', (c) => c.state],
      ['受理', (c) => c.acceptedOn], ['时钟', (c) => JSON.stringify(Object.fromEntries(Object.entries(c).filter(([k]) => !['caseId', 'jurisdiction', 'matterCode', 'state', 'acceptedOn', 'reasons'].includes(k))))]], r.cases)
      : h('p', { class: 'muted' }, `截至 ${r.asOf} 没有符合条件的案件。`));
  } catch (e) {
    fail('#clock-result', e);
  }
}

async function loadReviews() {
  try {
    const r = await api(`/api/v1/reviews${$('#reviews-late').checked ? '?late=true' : ''}`);
    show('#reviews-result', r.reviews.length ? table([['评价', (x) => mask(x.reviewId)], ['事项', (x) => `${x.jurisdiction} ${x.matterCode}`], ['案件', (x) => mask(x.caseId)],
      ['渠道', (x) => x.channel], ['详情', (x) => JSON.stringify(Object.fromEntries(Object.entries(x).filter(([k]) => !['reviewId', 'caseId', 'jurisdiction', 'matterCode', 'channel'].includes(k))))]], r.reviews)
      : h('p', { class: 'muted' }, `截至 ${r.asOf} 没有评价。`));
  } catch (e) {
    fail('#reviews-result', e);
  }
}

async function loadAudit() {
  const q = new URLSearchParams({ limit: '100' });
  if ($('#audit-matter').value.trim()) q.set('matterCode', $('#audit-matter').value.trim());
  if ($('#audit-outcome').value) q.set('outcome', $('#audit-outcome').value);
  if ($('#audit-from').value) q.set('from', $('#audit-from').value);
  if ($('#audit-to').value) q.set('to', $('#audit-to').value);
  try {
    const list = await api(`/api/v1/audit/decisions?${q}`);
    show('#audit-result', list.length ? table([['时间', (x) => x.decidedAt], ['调用方', (x) => x.caller], ['事项', (x) => `${x.jurisdiction} ${x.matterCode || ''}`],
      ['结果', (x) => label(x.outcome)], ['申请人', (x) => mask(x.applicantHash)], ['条款', (x) => [...new Set((x.reasons || []).map((r) => r.clause))].join('；')]], list)
      : h('p', { class: 'muted' }, '没有符合条件的决定。'));
  } catch (e) {
    fail('#audit-result', e);
  }
}

// ---------------------------------------------------------------- start
$('#sign-in-form').addEventListener('submit', (e) => { e.preventDefault(); $('#sign-in-error').textContent = ''; signIn($('#token').value.trim()); });
$('#sign-out').addEventListener('click', signOut);
window.addEventListener('hashchange', route);
if (sessionStorage.getItem(TOKEN_KEY)) signIn(sessionStorage.getItem(TOKEN_KEY));

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
  LARGE: '大型企业', MEDIUM: '中型企业', SMALL: '小型企业', MICRO: '微型企业',
  CENTER: '政务服务中心', TOWNSHIP: '乡镇（街道）便民服务中心', VILLAGE: '村（社区）便民服务站',
  KEY_INVESTMENT: '重点投资建设项目', MAJOR_ATTRACTED_INVESTMENT: '招商引资的重大项目', TECH_INNOVATION: '科技创新类项目',
  STATE_ENCOURAGED: '国家鼓励类项目', OTHER_INVESTMENT: '其他投资建设项目',
  NONE: '无', CITY_WIDE: '全市通办', REGION_WIDE: '全区（省）通办', CROSS_PROVINCE: '跨省通办',
  FULL_PROCESS: '全程帮办代办', ON_APPLICATION: '依申请帮办代办', CONSULTATION: '咨询指导',
  CASH: '现金', BANK_CARD: '银行卡', E_PAYMENT: '电子支付',
  ENTERPRISE: '惠企', PEOPLE: '惠民', TALENT: '人才', INVESTMENT: '招商', FINANCE: '金融服务',
};
const label = (code) => (code == null ? '' : LABELS[code] ? `${LABELS[code]}（${code}）` : String(code));

let vocab = null; // the vocabularies of the rule set in service (read once per page load)
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

// The vocabularies of the rule set in service (GET /api/v1/vocabulary: a row added to rules/vocabulary/*.csv shows
// after a reload), their Chinese labels taken into LABELS.
async function readVocabulary() {
  const v = await api('/api/v1/vocabulary');
  for (const t of [...v.applicantTypes, ...v.priorityGroups, ...v.materialStatuses]) if (t.label) LABELS[t.code] = t.label;
  const codes = (terms) => terms.map((t) => t.code);
  return {
    route: v.routes, channel: v.channels, applicantType: codes(v.applicantTypes), groups: codes(v.priorityGroups),
    status: codes(v.materialStatuses), outcome: v.outcomes, fee: v.feeConditions, placeLevels: v.placeLevels,
    projectKinds: v.projectKinds,
  };
}

// ---------------------------------------------------------------- 试办 (try a case)
// Each kind of decision: its endpoint and how its request is read from the form (fields are shown by data-for).
const KINDS = {
  acceptance: { path: '/api/v1/decisions/acceptance', request: acceptanceRequest },
  bundle: { path: '/api/v1/decisions/bundle-acceptance', request: bundleRequest },
  fee: { path: '/api/v1/decisions/fee', request: feeRequest },
  policy: { path: '/api/v1/policies/matches', request: policyRequest },
  services: { path: '/api/v1/decisions/services', request: servicesRequest },
};
const kind = () => $('#try-kind').value;
let matterMaterials = [];
let policyAttributes = [];

async function openTry(params, first) {
  const req = params.get('case');
  if (first) {
    // The catalog is read while the vocabularies are (both before the form is usable).
    const catalog = req ? null : busy(loadJurisdictions('640100'));
    const [v, attributes] = await Promise.all([vocabulary(), api('/api/v1/policies/attributes')]);
    policyAttributes = attributes;
    options($('#try-route'), v.route, 'ORDINARY');
    options($('#try-channel'), v.channel, 'ONLINE');
    options($('#try-applicant-type'), v.applicantType, 'LEGAL_PERSON');
    const blank = (values) => [{ value: '', text: '（不填）' }, ...values.map((x) => ({ value: x, text: label(x) }))];
    options($('#try-scale'), blank(v.fee.ENTERPRISE_SCALE || []), '');
    options($('#try-housing'), blank(v.fee.HOUSING_TYPE || []), '');
    options($('#try-reason'), blank(v.fee.REGISTRATION_REASON || []), '');
    options($('#try-place-level'), v.placeLevels, 'CENTER');
    show('#try-groups', ...v.groups.map((g) => h('label', {}, h('input', { type: 'checkbox', name: 'group', value: g }), label(g))));
    show('#try-project-kinds', ...v.projectKinds.map((k) => h('label', {}, h('input', { type: 'checkbox', name: 'project-kind', value: k }), label(k))));
    showAttributes();
    $('#try-kind').addEventListener('change', () => { showKind(); busy(loadMaterials()); });
    $('#try-applicant-type').addEventListener('change', () => showAttributes());
    $('#try-date').addEventListener('change', () => busy(loadJurisdictions()));
    $('#try-jurisdiction').addEventListener('change', () => busy(loadItems()));
    $('#try-matter').addEventListener('change', () => busy(loadMaterials()));
    $('#try-bundle').addEventListener('change', () => busy(loadMaterials()));
    $('#try-form').addEventListener('submit', (e) => { e.preventDefault(); runTry(); });
    showKind();
    if (catalog) await catalog;
  }
  if (req) {
    const r = JSON.parse(decodeURIComponent(escape(atob(req))));
    await busy(fillTry(params.get('kind') || 'acceptance', r));
    await runTry();
  }
}

// While the catalog is read the form says so (aria-busy), and what failed to load is shown in place of an answer.
let pending = 0;
async function busy(work) {
  pending += 1;
  $('#try-form').setAttribute('aria-busy', 'true');
  try {
    return await work;
  } catch (e) {
    fail('#try-result', e);
    return undefined;
  } finally {
    pending -= 1;
    if (!pending) $('#try-form').removeAttribute('aria-busy');
  }
}

function showKind() {
  const k = kind();
  for (const el of document.querySelectorAll('#try-form [data-for]')) el.hidden = !el.dataset.for.split(' ').includes(k);
  $('#try-applicant-legend').textContent = k === 'policy' ? '主体' : '申请人';
}

async function loadJurisdictions(pick) {
  const date = $('#try-date').value;
  const list = await api(`/api/v1/jurisdictions?asOf=${date}`);
  const keep = pick || $('#try-jurisdiction').value || '640100';
  options($('#try-jurisdiction'), list.map((j) => ({ value: j.code, text: `${j.name}（${j.code}）` })), keep);
  await loadItems();
}

async function loadItems(pickMatter, pickBundle) {
  await Promise.all([loadMatters(pickMatter), loadBundles(pickBundle)]);
  await loadMaterials();
}

async function loadMatters(pick) {
  const code = $('#try-jurisdiction').value;
  const list = await api(`/api/v1/jurisdictions/${code}/matters?asOf=${$('#try-date').value}`);
  const keep = pick || $('#try-matter').value;
  options($('#try-matter'), list.map((m) => ({ value: m.matterCode, text: `${m.name}（${m.matterCode}）${m.toleranceListed ? ' · 可容缺' : ''}${m.commitmentListed ? ' · 可告知承诺' : ''}${m.feeCode ? ' · 收费' : ''}` })), keep);
}

async function loadBundles(pick) {
  const list = await api(`/api/v1/jurisdictions/${$('#try-jurisdiction').value}/bundles`).catch(() => []);
  const keep = pick || $('#try-bundle').value;
  options($('#try-bundle'), list.length ? list.map((b) => ({ value: b.bundleCode, text: `${b.name}（${b.bundleCode}）` }))
    : [{ value: '', text: '本行政区划未公布一件事' }], keep);
}

// The materials of the matter (acceptance) or of the bundle (each asked once), with a status each.
async function loadMaterials(statuses = {}) {
  const body = $('#try-materials tbody');
  const bundle = kind() === 'bundle';
  const code = bundle ? $('#try-bundle').value : $('#try-matter').value;
  if (!code || !['acceptance', 'bundle'].includes(kind())) { body.replaceChildren(); matterMaterials = []; return; }
  const where = `/api/v1/jurisdictions/${$('#try-jurisdiction').value}`;
  const materials = bundle ? (await api(`${where}/bundles/${code}`)).materials
    : (await api(`${where}/matters/${code}?asOf=${$('#try-date').value}`)).materials;
  const v = await vocabulary();
  matterMaterials = materials;
  body.replaceChildren(...materials.map((m) => {
    const id = `mat-${m.code}`;
    const sel = h('select', { id, 'data-code': m.code });
    options(sel, ['', ...v.status].map((s) => ({ value: s, text: s ? label(s) : '不列出（视为未提交）' })), statuses[m.code] ?? (m.obtainableVia ? '' : 'PROVIDED'));
    return h('tr', {},
      h('td', {}, h('label', { for: id }, `${m.code} ${m.name}`)),
      h('td', {}, m.main ? h('span', { class: 'tag', title: '主要申请材料' }, '主') : '',
        m.tolerable ? h('span', { class: 'tag', title: '可容缺受理的材料' }, '容') : '',
        m.obtainableVia ? h('span', { class: 'tag', title: `部门可自行获取：${label(m.obtainableVia)}` }, `取·${LABELS[m.obtainableVia] || m.obtainableVia}`) : '',
        m.proof ? h('span', { class: 'tag', title: '证明材料' }, '证明') : '',
        m.matters ? h('span', { class: 'muted' }, `用于 ${m.matters.join('、')}`) : ''),
      h('td', {}, sel));
  }));
}

// The data dictionary's attributes for the subject's type, each an input of its type and the source of its value.
function showAttributes(values = {}, sources = {}) {
  const type = $('#try-applicant-type').value;
  for (const a of policyAttributes) {
    const el = document.getElementById(`attr-${a.name}`);
    if (el && !(a.name in values)) { values[a.name] = el.value; sources[a.name] = $(`#src-${a.name}`).value; }
  }
  show('#try-attributes', ...policyAttributes.filter((a) => !a.subjectType || a.subjectType === type).flatMap((a) => {
    const id = `attr-${a.name}`;
    const enumValues = (a.type.match(/^ENUM\((.*)\)$/) || [])[1];
    let input;
    if (a.type === 'BOOLEAN' || enumValues) {
      input = h('select', { id, 'data-type': a.type });
      options(input, [{ value: '', text: '（未知）' }, ...(enumValues ? enumValues.split('|').map((x) => ({ value: x, text: label(x) }))
        : [{ value: 'true', text: '是' }, { value: 'false', text: '否' }])], String(values[a.name] ?? ''));
    } else {
      input = h('input', { id, 'data-type': a.type, autocomplete: 'off', value: values[a.name] ?? '',
        type: a.type === 'INTEGER' || a.type === 'DECIMAL' ? 'number' : 'text', step: a.type === 'DECIMAL' ? 'any' : null,
        inputmode: a.type === 'REGION' ? 'numeric' : null });
    }
    const source = h('select', { id: `src-${a.name}`, 'aria-label': `${a.name} 的来源` });
    options(source, [{ value: 'SHARED', text: '共享数据' }, { value: 'DECLARED', text: '申报' }], sources[a.name] || 'SHARED');
    return [h('label', { for: id }, `${a.meaning}${a.unit ? '（' + a.unit + '）' : ''}`, h('br'), h('span', { class: 'muted' }, a.name)),
      h('div', { class: 'row' }, input, source)];
  }));
}

const checked = (css) => [...document.querySelectorAll(`${css} input:checked`)].map((i) => i.value);

function applicantOf({ groups = true } = {}) {
  const a = { type: $('#try-applicant-type').value, id: $('#try-applicant-id').value.trim() };
  if (groups) a.groups = checked('#try-groups');
  return a;
}

function listedMaterials() {
  return [...document.querySelectorAll('#try-materials select')].filter((s) => s.value).map((s) => ({ code: s.dataset.code, status: s.value }));
}

function withCommitment(req) {
  if ($('#try-commit-signed').checked || $('#try-commit-by').value) {
    req.commitment = { signed: $('#try-commit-signed').checked };
    if ($('#try-commit-by').value) req.commitment.supplementBy = $('#try-commit-by').value;
  }
  return req;
}

function acceptanceRequest() {
  return withCommitment({
    jurisdiction: $('#try-jurisdiction').value, matterCode: $('#try-matter').value, asOf: $('#try-date').value,
    route: $('#try-route').value, channel: $('#try-channel').value, applicant: applicantOf(), materials: listedMaterials(),
  });
}

function bundleRequest() {
  return withCommitment({
    jurisdiction: $('#try-jurisdiction').value, bundleCode: $('#try-bundle').value, asOf: $('#try-date').value,
    channel: $('#try-channel').value, applicant: applicantOf(), materials: listedMaterials(),
  });
}

function feeRequest() {
  const applicant = applicantOf();
  if ($('#try-scale').value) applicant.enterpriseScale = $('#try-scale').value;
  const req = { jurisdiction: $('#try-jurisdiction').value, matterCode: $('#try-matter').value, asOf: $('#try-date').value,
    channel: $('#try-channel').value, applicant, certificates: Number($('#try-certificates').value || 1) };
  if ($('#try-housing').value) req.housingType = $('#try-housing').value;
  if ($('#try-reason').value) req.registrationReason = $('#try-reason').value;
  return req;
}

function policyRequest() {
  const attributes = {};
  const sources = {};
  for (const el of document.querySelectorAll('#try-attributes [data-type]')) {
    if (el.value === '') continue;
    const name = el.id.slice('attr-'.length);
    const t = el.dataset.type;
    attributes[name] = t === 'BOOLEAN' ? el.value === 'true' : t === 'INTEGER' || t === 'DECIMAL' ? Number(el.value) : el.value;
    sources[name] = $(`#src-${name}`).value;
  }
  const req = { jurisdiction: $('#try-jurisdiction').value, asOf: $('#try-date').value,
    subject: { ...applicantOf({ groups: false }), attributes, sources } };
  if ($('#try-near').checked) req.nearMisses = true;
  return req;
}

function servicesRequest() {
  const req = { jurisdiction: $('#try-jurisdiction').value, matterCode: $('#try-matter').value, asOf: $('#try-date').value,
    channel: $('#try-channel').value, place: { level: $('#try-place-level').value } };
  if ($('#try-place-code').value.trim()) req.place.code = $('#try-place-code').value.trim();
  if ($('#try-region').value.trim()) req.applicantRegion = $('#try-region').value.trim();
  // The applicant is optional here: its type and identifier go together or not at all.
  const a = applicantOf();
  if (!a.id) { delete a.type; delete a.id; }
  if ($('#try-mobility').checked) a.mobilityImpaired = true;
  if (Object.keys(a).some((k) => k !== 'groups') || a.groups.length) req.applicant = a;
  const kinds = checked('#try-project-kinds');
  if (kinds.length) req.project = { kinds };
  return req;
}

const tryRequest = () => KINDS[kind()].request();

// A permalink's or export's request back into the form, whatever its kind.
async function fillTry(k, r) {
  $('#try-kind').value = k;
  showKind();
  $('#try-date').value = r.asOf || $('#try-date').value;
  const a = r.applicant || r.subject || {};
  if (a.type) $('#try-applicant-type').value = a.type;
  $('#try-applicant-id').value = a.id || '';
  for (const i of document.querySelectorAll('#try-groups input')) i.checked = (a.groups || []).includes(i.value);
  $('#try-scale').value = a.enterpriseScale || '';
  $('#try-mobility').checked = !!a.mobilityImpaired;
  const list = await api(`/api/v1/jurisdictions?asOf=${$('#try-date').value}`);
  options($('#try-jurisdiction'), list.map((j) => ({ value: j.code, text: `${j.name}（${j.code}）` })), r.jurisdiction);
  await Promise.all([loadMatters(r.matterCode), loadBundles(r.bundleCode)]);
  const statuses = Object.fromEntries((r.materials || []).map((m) => [m.code, m.status]));
  await loadMaterials(new Proxy(statuses, { get: (o, code) => (code in o ? o[code] : '') }));
  if (r.route) $('#try-route').value = r.route;
  if (r.channel) $('#try-channel').value = r.channel;
  $('#try-commit-signed').checked = !!(r.commitment && r.commitment.signed);
  $('#try-commit-by').value = (r.commitment && r.commitment.supplementBy) || '';
  $('#try-certificates').value = r.certificates || 1;
  $('#try-housing').value = r.housingType || '';
  $('#try-reason').value = r.registrationReason || '';
  $('#try-place-level').value = (r.place && r.place.level) || 'CENTER';
  $('#try-place-code').value = (r.place && r.place.code) || '';
  $('#try-region').value = r.applicantRegion || '';
  for (const i of document.querySelectorAll('#try-project-kinds input')) i.checked = ((r.project && r.project.kinds) || []).includes(i.value);
  $('#try-near').checked = !!r.nearMisses;
  showAttributes({ ...(r.subject && r.subject.attributes) }, { ...(r.subject && r.subject.sources) });
}

function exportCase(k, req) {
  const json = JSON.stringify(req, null, 2);
  $('#try-json').value = json;
  const link = `#try?kind=${k}&case=${btoa(unescape(encodeURIComponent(JSON.stringify(req))))}`;
  $('#try-permalink').href = link;
  $('#try-download').href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
}

async function runTry() {
  const k = kind();
  const req = tryRequest();
  exportCase(k, req);
  show('#try-result', h('p', { class: 'muted' }, '正在判断…'));
  try {
    const answer = await api(KINDS[k].path, { method: 'POST', body: req });
    show('#try-result', ...(k === 'policy' ? await renderMatches(answer) : await renderAnswer(answer)));
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

const yes = (b) => (b ? '是' : '否');
// The conclusions an answer may carry (acceptance, bundle, fee, services), each with how it reads.
const FACTS = [
  ['dueDate', '承诺办结日期'], ['legalDueDate', '法定办结日期'], ['notice', '应出具', (n) => n.kind || JSON.stringify(n)],
  ['amountYuan', '应缴金额', (x) => `${Number(x).toFixed(2)} 元`], ['lawful', '收费有合法依据', yes],
  ['paymentMethods', '应提供的缴费方式', (l) => l.map(label).join('、')],
  ['mayApplyHere', '可在此办理', yes], ['mayApplyFromRegion', '可在申请人所在地办理（通办）', yes],
  ['wholeProcessOnline', '全程网办', yes], ['crossRegion', '通办范围', label],
  ['assistance', '帮办代办', (a) => `${label(a.kind)}${a.kinds && a.kinds.length ? '（可选：' + a.kinds.map(label).join('、') + '）' : ''}；${a.free ? '免费' : '不免费'}；${a.discretionary ? '裁量' : '羁束'}${a.window ? '；设帮办代办窗口' : ''}`],
  ['homeVisit', '上门服务', (v) => `${v.available ? '提供' : '不提供'}${v.discretionary ? '（裁量）' : ''}`],
  ['priorityService', '优先服务（绿色通道）', yes], ['caseId', '开立案件', mask],
];

// An answer of any decision: its outcome and parts, then every reason with the article's words beside it.
async function renderAnswer(a, { nested = false } = {}) {
  const out = [];
  if (a.outcome) out.push(h('p', { class: 'outcome', id: nested ? null : 'answer-outcome' }, `结果：${label(a.outcome)}`));
  const facts = FACTS.filter(([k]) => a[k] != null).map(([k, title, f]) => [title, f ? f(a[k]) : a[k]]);
  if (facts.length) out.push(h('dl', { class: 'facts' }, facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])));
  if (a.items && a.items.length) {
    out.push(h('h3', {}, '收费项目'), table([['项目', (i) => `${i.name}（${i.fee}）`], ['金额', (i) => `${Number(i.amountYuan).toFixed(2)} 元`], ['收费依据', (i) => i.basis]], a.items));
  }
  if (a.exemptions && a.exemptions.length) {
    out.push(h('h3', {}, '减免'), h('ul', {}, a.exemptions.map((x) => h('li', {}, `${x.fee}：${x.reason}`, h('br'), h('span', { class: 'muted' }, `依据：${x.basis}`)))));
  }
  if (a.supplement && a.supplement.materials && a.supplement.materials.length) {
    out.push(h('h3', {}, `需补齐补正（期限 ${a.supplement.deadline || '—'}${a.supplement.lateConsequence ? '，逾期' + label(a.supplement.lateConsequence) : ''}）`),
      h('ul', {}, a.supplement.materials.map((m) => h('li', {}, `${m.code} ${m.name || ''}${m.problem ? '：' + label(m.problem) : ''}${m.matters ? '（' + m.matters.join('、') + ' 需要）' : ''}`))));
  }
  if (a.waived && a.waived.length) {
    out.push(h('h3', {}, '免于提交'), h('ul', {}, a.waived.map((m) => h('li', {}, `${m.code} ${m.name}：${label(m.via)}`))));
  }
  if (a.unlawfulDemands && a.unlawfulDemands.length) {
    out.push(h('h3', {}, '不得要求提供'), h('pre', {}, JSON.stringify(a.unlawfulDemands, null, 2)));
  }
  if (a.matters && a.matters.length) {
    out.push(h('h3', {}, `各事项的决定（${a.matters.length}）`));
    for (const m of a.matters) {
      out.push(h('details', { class: 'matter', 'data-matter': m.matterCode }, h('summary', {}, `${m.matterCode}：${label(m.decision && m.decision.outcome)}`),
        ...(m.decision ? await renderAnswer(m.decision, { nested: true }) : [])));
    }
  }
  const reasons = a.reasons || [];
  if (reasons.length) {
    out.push(h('h3', {}, `理由（${reasons.length} 条）`));
    const texts = await Promise.all(reasons.map((r) => (r.clause ? articleText(r.clause) : null)));
    reasons.forEach((r, i) => out.push(renderReason(r, texts[i])));
  }
  if (!nested) {
    const shown = ['outcome', 'supplement', 'waived', 'unlawfulDemands', 'reasons', 'items', 'exemptions', 'matters', ...FACTS.map(([k]) => k)];
    out.push(h('details', {}, h('summary', {}, '完整答复 JSON'), h('pre', {}, JSON.stringify(Object.fromEntries(Object.entries(a).filter(([k]) => !shown.includes(k))), null, 2))));
  }
  return out;
}

function articleBlock(article) {
  return article ? h('details', { open: true }, h('summary', {}, `条文：${article.instrument.title} ${article.article}`),
    h('div', { class: 'article-text' }, article.text)) : h('p', { class: 'muted' }, '条文不在库中（整部文件引用或未收录）');
}

function renderReason(r, article) {
  return h('div', { class: 'reason', 'data-clause': r.clause || '' },
    h('div', {}, h('span', { class: 'clause' }, r.clause || '（无条款）'), ' ',
      r.basis ? h('span', { class: 'tag', title: '依据' }, `依据：${label(r.basis)}`) : '',
      r.discretionary == null ? '' : r.discretionary ? h('span', { class: 'tag disc', title: '条文把选择留给部门' }, '裁量') : h('span', { class: 'tag' }, '羁束'),
      r.interpretation ? h('span', { class: 'tag', title: '解释条目' }, `解释 ${r.interpretation}`) : '',
      h('span', { class: 'muted' }, ` 规则 ${r.rule}`)),
    h('p', {}, r.text),
    r.list ? h('p', { class: 'muted' }, `清单：${r.list.name}，行 ${r.list.row}（${r.list.source}）`) : '',
    articleBlock(article));
}

// 免申即享: each policy met, its benefit, the conditions that held and their source, and its basis — the policy
// catalog's row naming the document (its words shown when that document is on file).
async function renderMatches(a) {
  const texts = await Promise.all((a.matches || []).map((m) => (m.clause ? articleText(m.clause) : null)));
  const out = [h('p', { class: 'outcome', id: 'answer-outcome' }, `符合 ${(a.matches || []).length} 项政策`)];
  (a.matches || []).forEach((m, i) => {
    const benefit = m.benefit ? (m.benefit.amount != null ? `${m.benefit.amount} ${m.benefit.unit || ''}` : '') + (m.benefit.text ? ` ${m.benefit.text}` : '') : '';
    out.push(h('div', { class: 'reason match', 'data-policy': m.policy, 'data-clause': m.clause || '' },
      h('div', {}, h('span', { class: 'clause' }, `${m.name}（${m.policy}${m.tier ? ' · ' + m.tier : ''}）`), ' ',
        h('span', { class: 'tag' }, label(m.class)),
        m.noApplicationNeeded ? h('span', { class: 'tag ok' }, '免申即享') : h('span', { class: 'tag disc' }, `即申即享：需确认 ${(m.toConfirm || []).join('、')}`),
        m.dataQuality === 'sample' ? h('span', { class: 'tag bad', title: '政策目录中的示例数据' }, '示例数据') : ''),
      benefit ? h('p', {}, `待遇：${benefit}`) : '',
      h('ul', {}, (m.conditions || []).map((c) => h('li', {}, `${c.attribute}${c.value != null ? ' = ' + c.value : ''}：${c.held ? '满足' : '不满足'}（${c.source === 'DECLARED' ? '申报' : c.source === 'SHARED' ? '共享数据' : c.source || '—'}）`))),
      h('p', {}, h('span', { class: 'clause' }, m.clause || '（无依据）'), ' ',
        h('span', { class: 'tag', title: '政策目录（rules/policies/policies.csv）中本政策的一行' }, `依据：${label('LIST')}（政策目录）`)),
      m.clause ? articleBlock(texts[i]) : ''));
  });
  if (a.nearMisses && a.nearMisses.length) out.push(h('details', {}, h('summary', {}, `差一点符合（${a.nearMisses.length}）`), h('pre', {}, JSON.stringify(a.nearMisses, null, 2))));
  out.push(h('details', {}, h('summary', {}, '完整答复 JSON'), h('pre', {}, JSON.stringify(a, null, 2))));
  return out;
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

// The scenarios tagged with the article and their result in the last test run's coverage report; where there is no
// result, says so and gives the command that runs just these scenarios (it writes the report the service reads).
function renderScenarios(s) {
  if (!s) return h('p', { class: 'muted' }, '场景信息不可用。');
  if (!s.scenarios.length) return h('div', { id: 'article-scenarios' }, h('p', {}, '没有场景标注本条。'));
  const status = (x) => x.status == null ? h('span', { class: 'tag bad' }, '无结果') : x.status === 'PASSED' ? h('span', { class: 'tag ok' }, '通过') : h('span', { class: 'tag bad' }, x.status);
  const without = s.scenarios.filter((x) => x.status == null).length;
  const command = `mvn -q test -Dtest=RunCucumberTest -Dcucumber.features=${[...new Set(s.scenarios.map((x) => x.feature))].join(',')}`;
  const when = s.resultsFrom && new Date(s.resultsFrom).toLocaleString('zh-CN');
  const how = [h('p', {}, '在项目目录运行下面的命令只跑这些场景（或运行完整的 mvn test），它写出 target/coverage/articles.json（配置项 zwfw.coverage.report），然后重新打开本条：'),
    h('pre', { class: 'command' }, command)];
  const note = !s.resultsFrom
    ? h('div', { class: 'notice', role: 'status', id: 'scenarios-no-results' }, h('p', {}, h('strong', {}, '尚无运行结果：'), '服务没有找到测试运行写出的覆盖报告，下列场景的结果未知。'), ...how)
    : without
      ? h('div', { class: 'notice', role: 'status', id: 'scenarios-no-results' }, h('p', {}, h('strong', {}, `${without} 个场景没有结果：`), `最近一次测试运行（${when}）没有运行它们。`), ...how)
      : h('p', { class: 'muted' }, `结果来自最近一次测试运行（${when}）。`);
  return h('div', { id: 'article-scenarios' }, note,
    table([['场景', (x) => x.name], ['文件', (x) => `${x.feature}:${x.line}`], ['最近结果', status]], s.scenarios));
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

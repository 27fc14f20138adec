// The province's page: period picker, completeness by level, the rollup with its methods, drill-down to each unit's
// values and evidence, the cross-check against the province's own report, a chart by unit, and the exports.
import { h, bi, replace, announce, message, scrollBox } from '../dom.js';
import { api, download, indicators } from '../api.js';
import { formatValue, formatNumber, formatDateTime, methodLabels, levelLabels } from '../format.js';
import { barChart } from '../chart.js';
import { currentSession } from '../session.js';
import { roleRights } from './sign-in.js';

const chartCodes = ['dossiers.received', 'dossiers.resolved', 'dossiers.pending'];
const unitColumns = ['dossiers.received', 'dossiers.resolved', 'dossiers.resolved_late', 'rate.online_dossiers'];

export async function provinceView(province, period) {
  const session = currentSession();
  province ||= session?.role === 'province' ? session.scope : '';
  const picker = periodPicker(province, period, session?.role === 'admin');
  const heading = h('h1', {}, 'Tổng hợp tỉnh ', province ? h('code', {}, province) : null, h('span', { class: 'en', lang: 'en' }, 'Province rollup'));
  if (!province || !period) {
    return h('section', {}, heading, roleRights(session), picker, h('p', { class: 'muted' }, 'Chọn kỳ báo cáo để xem tổng hợp. / Choose a period.'));
  }

  const path = `rollups/${encodeURIComponent(province)}/${encodeURIComponent(period)}`;
  const [rollup, units, catalog] = await Promise.all([api(`${path}?fresh=true`), api(`${path}/units`), indicators()]);
  const reporting = units.units.filter((u) => u.level !== 'province');
  return h(
    'section',
    {},
    heading,
    roleRights(session),
    picker,
    completeness(rollup, reporting),
    rollupTable(rollup, catalog),
    exportsSection(path, province, rollup),
    chartSection(reporting, catalog),
    unitsTable(reporting, catalog),
    crossCheck(rollup, catalog),
  );
}

function periodPicker(province, period, chooseProvince) {
  const options = recentPeriods();
  const form = h(
    'form',
    { class: 'panel', id: 'period-form' },
    chooseProvince ? [h('label', { for: 'province' }, ...bi('Mã tỉnh', 'Province code')), h('input', { id: 'province', name: 'province', type: 'text', value: province, required: true, pattern: '[a-z0-9-]+' })] : null,
    h('label', { for: 'period' }, ...bi('Kỳ báo cáo', 'Reporting period'), h('span', { class: 'hint' }, 'Tháng 2024-02, quý 2025-Q3, 6 tháng 2024-H1, năm 2025')),
    h('input', { id: 'period', name: 'period', type: 'text', value: period, list: 'period-options', required: true, autocomplete: 'off' }),
    h('datalist', { id: 'period-options' }, options.map((p) => h('option', { value: p }))),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, ...bi('Xem tổng hợp', 'Show rollup'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = (form.elements.province?.value ?? province).trim();
    const target = `#/province/${encodeURIComponent(chosen)}?period=${encodeURIComponent(form.elements.period.value.trim())}`;
    if (window.location.hash === target) window.dispatchEvent(new HashChangeEvent('hashchange')); // the same view again: fresh figures
    else window.location.hash = target;
  });
  return form;
}

function recentPeriods() {
  const now = new Date();
  const year = now.getFullYear();
  const quarter = Math.floor(now.getMonth() / 3) + 1;
  const list = [];
  for (let i = 0; i < 4; i++) {
    const q = ((quarter - 1 - i) % 4 + 4) % 4 + 1;
    const y = year - (quarter - 1 - i < 0 ? 1 : 0);
    list.push(`${y}-Q${q}`);
  }
  list.push(`${year}-H1`, `${year - 1}-H1`, `${year - 1}`);
  return list;
}

function completeness(rollup, reporting) {
  const levels = new Map();
  const bump = (level, field) => {
    const row = levels.get(level) ?? { reported: 0, missing: 0, late: 0 };
    row[field]++;
    levels.set(level, row);
  };
  for (const u of reporting) bump(u.level, 'reported');
  for (const u of rollup.missingUnits) bump(u.level, 'missing');
  for (const u of rollup.lateUnits ?? []) bump(u.level, 'late');

  return h(
    'section',
    { 'aria-labelledby': 'completeness-heading' },
    h('h2', { id: 'completeness-heading' }, ...bi('Tình hình nộp báo cáo', 'Who reported')),
    h(
      'dl',
      { class: 'cards' },
      card('Phải báo cáo', 'Expected', rollup.expectedUnits, 'expected'),
      card('Đã báo cáo', 'Reported', rollup.reportedUnits, 'reported'),
      card('Nộp muộn', 'Late', (rollup.lateUnits ?? []).length, 'late'),
      card('Chưa nộp', 'Missing', rollup.missingUnits.length, 'missing'),
      card('Số liệu chờ xem xét', 'Values awaiting review', rollup.awaitingReview ?? 0, 'awaiting'),
    ),
    (rollup.awaitingReview ?? 0) > 0 ? h('p', { class: 'muted' }, 'Số liệu chờ xem xét chưa được tính vào tổng hợp; chỉ tính số liệu chắc chắn hoặc đã xác nhận. / Values awaiting review are not counted yet.') : null,
    rollup.deadline ? h('p', { class: 'muted' }, `Hạn nộp / deadline: ${formatDateTime(rollup.deadline)}`) : null,
    scrollBox('Theo cấp / By level', h(
      'table',
      { id: 'by-level' },
      h('caption', {}, 'Theo cấp / by level'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Cấp'), h('th', { scope: 'col', class: 'num' }, 'Phải báo cáo'), h('th', { scope: 'col', class: 'num' }, 'Đã báo cáo'), h('th', { scope: 'col', class: 'num' }, 'Nộp muộn'), h('th', { scope: 'col', class: 'num' }, 'Chưa nộp'))),
      h('tbody', {}, [...levels.entries()].map(([level, row]) => h(
        'tr',
        { 'data-level': level },
        h('th', { scope: 'row' }, (levelLabels[level] ?? [level])[0]),
        h('td', { class: 'num' }, row.reported + row.missing),
        h('td', { class: 'num' }, row.reported),
        h('td', { class: 'num' }, row.late),
        h('td', { class: 'num' }, row.missing),
      ))),
    )),
    rollup.missingUnits.length > 0
      ? [h('h3', {}, ...bi('Đơn vị chưa nộp', 'Missing units')), h('ul', { id: 'missing-units' }, rollup.missingUnits.map((u) => h('li', { 'data-unit': u.code }, u.name, ' ', h('span', { class: 'hint' }, `${u.code} · ${(levelLabels[u.level] ?? [u.level])[0]}`))))]
      : h('p', { class: 'message ok' }, 'Mọi đơn vị đã nộp. / Every unit reported.'),
    (rollup.lateUnits ?? []).length > 0
      ? [h('h3', {}, ...bi('Đơn vị nộp muộn', 'Late units')), h('ul', { id: 'late-units' }, rollup.lateUnits.map((u) => h('li', {}, u.name, ' — ', formatDateTime(u.submittedAt))))]
      : null,
  );
}

function card(vi, en, value, id) {
  return h('div', { class: 'card', 'data-testid': id }, h('dt', {}, vi, ' ', h('span', { class: 'en', lang: 'en' }, en)), h('dd', {}, h('span', { class: 'big' }, formatNumber(value))));
}

function rollupTable(rollup, catalog) {
  return h(
    'section',
    { 'aria-labelledby': 'rollup-heading' },
    h('h2', { id: 'rollup-heading' }, ...bi('Số liệu tổng hợp', 'Consolidated values')),
    rollup.indicators.length === 0
      ? h('p', { class: 'muted' }, 'Chưa có số liệu được chấp nhận. / No accepted values yet.')
      : scrollBox('Số liệu tổng hợp / Consolidated values', h(
        'table',
        { id: 'rollup' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Chỉ tiêu'), h('th', { scope: 'col', class: 'num' }, 'Giá trị'), h('th', { scope: 'col' }, 'Cách tính'), h('th', { scope: 'col', class: 'num' }, 'Số đơn vị'))),
        h('tbody', {}, rollup.indicators.map((entry) => {
          const definition = catalog.get(entry.code) ?? { kind: 'count', unit: '' };
          const [vi, en] = methodLabels[entry.method] ?? [entry.method, entry.method];
          const range = entry.method === 'mean' && entry.min !== null ? ` (${formatValue(entry.min, definition.kind, definition.unit)} – ${formatValue(entry.max, definition.kind, definition.unit)})` : '';
          return h(
            'tr',
            { 'data-code': entry.code },
            h('th', { scope: 'row' }, entry.label, h('span', { class: 'hint' }, entry.code)),
            h('td', { class: 'num', 'data-testid': 'value' }, formatValue(entry.value, definition.kind, definition.unit)),
            h('td', {}, vi, range, ' ', h('span', { class: 'en', lang: 'en' }, en), entry.basis ? h('span', { class: 'hint' }, entry.basis) : null),
            h('td', { class: 'num' }, entry.contributors),
          );
        })),
      )),
  );
}

function exportsSection(path, province, rollup) {
  const status = h('div');
  const button = (format, vi, en) => h('button', {
    type: 'button',
    class: 'secondary',
    'data-format': format,
    onclick: async () => {
      try {
        const name = await download(`${path}/export?format=${format}`, `${province}-${rollup.period}.${format}`);
        replace(status, message('ok', `Đã tải ${name} / downloaded`));
        announce(`Đã tải ${name}`);
      } catch (error) {
        replace(status, message('error', error.message));
      }
    },
  }, vi, ' ', h('span', { class: 'visually-hidden', lang: 'en' }, `(${en})`));

  return h(
    'section',
    { 'aria-labelledby': 'export-heading' },
    h('h2', { id: 'export-heading' }, ...bi('Xuất báo cáo', 'Export')),
    h('div', { class: 'actions' }, button('xlsx', 'Tải bảng Excel (.xlsx)', 'Excel table'), button('csv', 'Tải CSV', 'CSV'), button('txt', 'Tải đoạn văn dự thảo', 'draft paragraph')),
    status,
    rollup.narrative ? [h('h3', {}, ...bi('Đoạn văn dự thảo', 'Draft paragraph')), h('p', { class: 'narrative', id: 'narrative', lang: 'vi' }, rollup.narrative)] : null,
  );
}

function chartSection(reporting, catalog) {
  if (reporting.length === 0) return null;
  const series = chartCodes.map((code) => ({ code, label: catalog.get(code)?.label ?? code }));
  return h(
    'section',
    { 'aria-labelledby': 'chart-heading', class: 'chart' },
    h('h2', { id: 'chart-heading' }, ...bi('Biểu đồ theo đơn vị', 'Main indicators by unit')),
    scrollBox('Biểu đồ / Chart', barChart(reporting.map((u) => ({ label: u.name, values: series.map((s) => u.values[s.code] ?? null) })), series)),
  );
}

function unitsTable(reporting, catalog) {
  return h(
    'section',
    { 'aria-labelledby': 'units-heading' },
    h('h2', { id: 'units-heading' }, ...bi('Số liệu từng đơn vị', 'Each unit’s values')),
    reporting.length === 0 ? h('p', { class: 'muted' }, 'Chưa đơn vị nào được chấp nhận. / No unit accepted yet.') : scrollBox('Số liệu từng đơn vị / Each unit’s values', h(
      'table',
      { id: 'units' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Đơn vị'), unitColumns.map((code) => h('th', { scope: 'col', class: 'num' }, catalog.get(code)?.label ?? code)), h('th', { scope: 'col' }, 'Chứng cứ'))),
      h('tbody', {}, reporting.map((u) => h(
        'tr',
        { 'data-unit': u.unit },
        h('th', { scope: 'row' }, u.name, h('span', { class: 'hint' }, `${u.unit} · ${(levelLabels[u.level] ?? [u.level])[0]} · ${formatDateTime(u.submittedAt)}`)),
        unitColumns.map((code) => {
          const waiting = (u.awaitingReview ?? []).includes(code);
          return h('td', { class: 'num', 'data-code': code }, formatValue(u.values[code], catalog.get(code)?.kind, catalog.get(code)?.unit), waiting ? h('span', { class: 'hint' }, 'chờ xem xét / awaiting') : null);
        }),
        h('td', {}, h('a', { href: `#/submission/${u.submissionId}` }, 'Xem số liệu và chứng cứ', h('span', { class: 'visually-hidden' }, ` của ${u.name}`))),
      ))),
    )),
  );
}

const crossStatus = {
  different: ['Khác nhau', 'different'],
  onlyReported: ['Chỉ tỉnh báo cáo', 'only in the province’s report'],
  onlyComputed: ['Chỉ có ở tổng hợp', 'only in the rollup'],
};

function crossCheck(rollup, catalog) {
  const heading = h('h2', { id: 'cross-heading' }, ...bi('Đối chiếu với báo cáo của tỉnh', 'Cross-check with the province’s own report'));
  if (rollup.crossCheck === null || rollup.crossCheck === undefined) {
    return h('section', { 'aria-labelledby': 'cross-heading' }, heading, h('p', { class: 'muted' }, 'Tỉnh chưa gửi báo cáo của mình cho kỳ này. / The province has not sent its own report for this period.'));
  }

  if (rollup.crossCheck.length === 0) {
    return h('section', { 'aria-labelledby': 'cross-heading' }, heading, h('p', { class: 'message ok' }, 'Báo cáo của tỉnh khớp với tổng hợp. / The province’s report matches the rollup.'));
  }

  return h('section', { 'aria-labelledby': 'cross-heading' }, heading, scrollBox('Đối chiếu / Cross-check', h(
    'table',
    { id: 'cross-check' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Chỉ tiêu'), h('th', { scope: 'col', class: 'num' }, 'Tỉnh báo cáo'), h('th', { scope: 'col', class: 'num' }, 'Tổng hợp'), h('th', { scope: 'col', class: 'num' }, 'Chênh lệch'), h('th', { scope: 'col' }, 'Tình trạng'))),
    h('tbody', {}, rollup.crossCheck.map((c) => {
      const d = catalog.get(c.code) ?? { kind: 'count', unit: '' };
      return h(
        'tr',
        { 'data-code': c.code },
        h('th', { scope: 'row' }, c.label, c.line ? h('span', { class: 'hint' }, `dòng ${c.line}`) : null),
        h('td', { class: 'num' }, formatValue(c.reported, d.kind, d.unit)),
        h('td', { class: 'num' }, formatValue(c.computed, d.kind, d.unit)),
        h('td', { class: 'num' }, formatValue(c.difference, d.kind, d.unit)),
        h('td', {}, ...bi(...(crossStatus[c.status] ?? [c.status, c.status]))),
      );
    })),
  )));
}

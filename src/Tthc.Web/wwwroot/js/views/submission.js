// One submission: each value beside the line it was read from (highlighted in the document), the findings, the figures set aside.
import { h, bi, replace, announce, message, scrollBox } from '../dom.js';
import { api, indicators } from '../api.js';
import { formatValue, formatDateTime, formatShare, parseNumber, statusLabels, reviewLabels } from '../format.js';

export async function submissionView(id) {
  const [submission, document_, catalog] = await Promise.all([
    api(`submissions/${encodeURIComponent(id)}`),
    api(`submissions/${encodeURIComponent(id)}/lines`),
    indicators(),
  ]);

  const evidenceLines = new Set(submission.indicators.map((v) => v.evidence?.line).filter(Boolean));
  const lineItems = new Map();
  const documentList = h('ol', { 'aria-label': 'Các dòng của văn bản / document lines' }, document_.lines.map((line) => {
    const item = h('li', { id: `line-${line.number}`, class: evidenceLines.has(line.number) ? 'evidence' : null, tabindex: '-1' }, h('span', { class: 'no', 'aria-hidden': 'true' }, line.number), h('span', {}, line.text));
    item.setAttribute('aria-label', `Dòng ${line.number}: ${line.text}`);
    lineItems.set(line.number, item);
    return item;
  }));

  const showLine = (number) => {
    for (const item of documentList.querySelectorAll('li.current')) item.classList.remove('current');
    const item = lineItems.get(number);
    if (!item) return;
    item.classList.add('current');
    item.scrollIntoView({ block: 'center' });
    item.focus({ preventScroll: true });
    announce(`Dòng ${number}`);
  };

  const [statusVi, statusEn] = statusLabels[submission.status] ?? [submission.status, submission.status];
  return h(
    'section',
    {},
    h('h1', {}, 'Số liệu đọc từ ', h('span', { 'data-testid': 'file' }, submission.file), h('span', { class: 'en', lang: 'en' }, 'Values read from this file')),
    h(
      'dl',
      { class: 'cards' },
      card('Trạng thái', 'Status', h('span', { class: `badge ${submission.status}`, 'data-testid': 'status' }, statusVi, h('span', { class: 'visually-hidden', lang: 'en' }, ` (${statusEn})`))),
      card('Đơn vị', 'Unit', h('a', { href: `#/unit/${submission.unit}` }, submission.unit)),
      card('Kỳ báo cáo', 'Period', submission.period ?? '—'),
      card('Định dạng', 'Format', submission.format ?? '—'),
      card('Gửi lúc', 'Uploaded', formatDateTime(submission.uploadedAt)),
    ),
    submission.supersededBy ? h('p', { class: 'message' }, 'Đã có bản gửi mới hơn thay thế: ', h('a', { href: `#/submission/${submission.supersededBy}` }, submission.supersededBy)) : null,
    submission.failureReason ? h('p', { class: 'message error' }, submission.failureReason) : null,
    reviewSummary(submission),
    findingsSection(submission),
    h(
      'div',
      { class: 'grid-2' },
      h('section', { 'aria-labelledby': 'values-heading' }, h('h2', { id: 'values-heading' }, ...bi('Số liệu và chứng cứ', 'Values and evidence')), valuesTable(submission, catalog, showLine)),
      h(
        'section',
        { 'aria-labelledby': 'document-heading' },
        h('h2', { id: 'document-heading' }, ...bi('Văn bản gốc', 'The document')),
        document_.lines.length === 0
          ? h('p', { class: 'muted' }, 'Không có dòng nào để hiển thị. / No lines to show.')
          : h('div', { class: 'document', id: 'document' }, documentList),
      ),
    ),
    notValuesSection(document_.notValues, showLine),
  );
}

function card(vi, en, value) {
  return h('div', { class: 'card' }, h('dt', {}, vi, ' ', h('span', { class: 'en', lang: 'en' }, en)), h('dd', {}, value));
}

function reviewable(submission) {
  return submission.status === 'accepted' && !submission.supersededBy;
}

function reviewSummary(submission) {
  if (!reviewable(submission)) return null;
  return submission.awaitingReview > 0
    ? h('p', { class: 'message', id: 'review-summary' }, h('span', { class: 'badge waiting' }, `${submission.awaitingReview} số liệu chờ xem xét`), ' Các số liệu này chưa được tính vào tổng hợp cho đến khi được xác nhận hoặc sửa. ', h('span', { class: 'en', lang: 'en' }, `${submission.awaitingReview} values await review; they count once confirmed or corrected.`))
    : h('p', { class: 'message ok', id: 'review-summary' }, 'Mọi số liệu đã được tính. ', h('span', { class: 'en', lang: 'en' }, 'Every value counts.'));
}

function findingsSection(submission) {
  if (submission.findings.length === 0) {
    return h('p', { class: 'message ok' }, 'Không có cảnh báo hay lỗi. ', h('span', { class: 'en', lang: 'en' }, 'No findings.'));
  }

  return h(
    'section',
    { 'aria-labelledby': 'findings-heading' },
    h('h2', { id: 'findings-heading' }, ...bi('Kết quả kiểm tra', 'Findings')),
    h('ul', { class: 'findings' }, submission.findings.map((f) => h(
      'li',
      { class: f.severity },
      h('span', { class: `badge ${f.severity}` }, f.severity === 'error' ? 'Lỗi' : 'Cảnh báo'),
      ' ',
      f.message,
      f.line ? h('span', { class: 'hint' }, `dòng ${f.line}`) : null,
    ))),
  );
}

function valuesTable(submission, catalog, showLine) {
  if (submission.indicators.length === 0) {
    return h('p', { class: 'muted' }, 'Không đọc được số liệu nào. / No values were read.');
  }

  return scrollBox(
    'Số liệu và chứng cứ / Values and evidence',
    h(
      'table',
      { id: 'values', class: 'stack' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Chỉ tiêu'), h('th', { scope: 'col', class: 'num' }, 'Giá trị'), h('th', { scope: 'col', class: 'num' }, 'Độ tin cậy'), h('th', { scope: 'col' }, 'Xem xét'), h('th', { scope: 'col' }, 'Chứng cứ'))),
      h('tbody', {}, submission.indicators.map((v) => {
        const definition = catalog.get(v.code) ?? { label: v.code, kind: 'count', unit: '' };
        return h(
          'tr',
          { 'data-code': v.code, 'data-review': v.reviewState, class: v.reviewState === 'awaiting' ? 'waiting' : null },
          h('th', { scope: 'row' }, definition.label, h('span', { class: 'hint' }, v.code)),
          h('td', { class: 'num', 'data-testid': 'value', 'data-label': 'Giá trị' }, formatValue(v.value, definition.kind, definition.unit)),
          h('td', { class: 'num', 'data-label': 'Độ tin cậy' }, v.derived ? h('span', { class: 'hint' }, 'tính ra / derived') : formatShare(v.confidence)),
          h('td', { 'data-label': 'Xem xét' }, reviewCell(submission, v, definition)),
          h('td', { 'data-label': 'Chứng cứ' }, v.evidence
            ? [h('button', { type: 'button', class: 'linkish', onclick: () => showLine(v.evidence.line), 'aria-label': `Xem dòng ${v.evidence.line} trong văn bản` }, `dòng ${v.evidence.line}`), h('span', { class: 'evidence-text' }, v.evidence.text)]
            : h('span', { class: 'hint' }, 'tính từ các số khác / computed from other values')),
        );
      })),
    ),
  );
}

const notValueReasons = {
  hedged: ['số ước lượng (gần, hơn, khoảng…)', 'hedged'],
  target: ['chỉ tiêu, kế hoạch', 'target or plan'],
  otherPeriod: ['kỳ khác, so sánh', 'another period'],
  subUnit: ['của đơn vị khác hoặc đơn vị con', 'another or a sub-unit'],
  breakdown: ['số chia theo cấp, lĩnh vực', 'a breakdown'],
  notCatalog: ['không thuộc danh mục chỉ tiêu', 'not a catalog indicator'],
  repeated: ['đã đọc ở chỗ chắc chắn hơn', 'read from a surer place'],
};

function notValuesSection(items, showLine) {
  if (!Array.isArray(items) || items.length === 0) return null;
  return h(
    'section',
    { 'aria-labelledby': 'notvalues-heading' },
    h('h2', { id: 'notvalues-heading' }, ...bi('Số liệu đã bỏ qua và lý do', 'Figures set aside, and why')),
    h('ul', { class: 'findings notvalues', id: 'not-values' }, items.map((n) => {
      const [vi, en] = notValueReasons[n.why] ?? [n.why, n.why];
      return h(
        'li',
        { 'data-why': n.why },
        h('strong', {}, n.text),
        ' — ',
        vi,
        ' ',
        h('span', { class: 'en', lang: 'en' }, en),
        n.line ? [' · ', h('button', { type: 'button', class: 'linkish', onclick: () => showLine(n.line) }, `dòng ${n.line}`)] : null,
      );
    })),
  );
}

function reviewCell(submission, v, definition) {
  const [vi, en] = reviewLabels[v.reviewState] ?? [v.reviewState, v.reviewState];
  const badge = h('span', { class: `badge ${v.reviewState === 'notNeeded' ? 'ok' : v.reviewState === 'awaiting' ? 'waiting' : v.reviewState}`, 'data-testid': 'review' }, vi, h('span', { class: 'visually-hidden', lang: 'en' }, ` (${en})`));
  if (v.reviewState === 'corrected') {
    return [badge, h('span', { class: 'hint' }, `đọc được / as read: ${formatValue(v.original, definition.kind, definition.unit)}`)];
  }

  if (v.reviewState !== 'awaiting' || !reviewable(submission)) return badge;

  const status = h('div', { 'aria-live': 'polite' });
  const inputId = `correct-${v.code.replace(/\W/g, '-')}`;
  const input = h('input', { id: inputId, type: 'text', inputmode: 'decimal', autocomplete: 'off', name: 'value' });
  const decide = async (action) => {
    let value;
    if (action === 'correct') {
      value = parseNumber(input.value, definition.kind);
      if (Number.isNaN(value)) {
        replace(status, message('error', 'Nhập một số, ví dụ 1.133 hoặc 98,9 / enter a number.'));
        input.focus();
        return;
      }
    }

    try {
      await api(`submissions/${encodeURIComponent(submission.submissionId)}/review`, { method: 'POST', body: { code: v.code, action, value } });
      announce(`${definition.label}: ${action === 'confirm' ? 'đã xác nhận' : 'đã sửa'}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (error) {
      replace(status, message('error', error.problem?.detail ?? error.message));
    }
  };

  return [
    badge,
    h(
      'div',
      { class: 'review-form' },
      h('button', { type: 'button', class: 'small', onclick: () => decide('confirm') }, 'Xác nhận', h('span', { class: 'visually-hidden' }, ` ${definition.label}`)),
      h('label', { for: inputId, class: 'visually-hidden' }, `Giá trị đúng của ${definition.label}`),
      input,
      h('button', { type: 'button', class: 'small secondary', onclick: () => decide('correct') }, 'Sửa', h('span', { class: 'visually-hidden' }, ` ${definition.label}`)),
    ),
    status,
  ];
}

// The unit registry page (province and admin): load a province's registry CSV; every bad line is listed.
import { h, bi, replace, announce, message } from '../dom.js';
import { api } from '../api.js';
import { currentSession } from '../session.js';

const header = 'code,name,level,province,parent,valid_from,valid_to,aliases';

export async function registryView() {
  const session = currentSession();
  const isAdmin = session?.role === 'admin';
  const result = h('div', { id: 'registry-result' });
  const text = h('textarea', { id: 'registry-text', name: 'text', spellcheck: 'false', placeholder: header });
  const file = h('input', { id: 'registry-file', type: 'file', accept: '.csv,text/csv' });
  file.addEventListener('change', async () => {
    if (file.files.length > 0) text.value = await file.files[0].text();
  });

  const form = h(
    'form',
    { class: 'panel', id: 'registry-form', novalidate: true },
    isAdmin ? [h('label', { for: 'registry-province' }, ...bi('Mã tỉnh', 'Province code')), h('input', { id: 'registry-province', name: 'province', type: 'text', required: true, pattern: '[a-z0-9-]+' })] : null,
    h('label', { for: 'registry-file' }, ...bi('Chọn tệp CSV', 'Choose a CSV file'), h('span', { class: 'hint' }, `Dòng tiêu đề: ${header}`)),
    file,
    h('label', { for: 'registry-text' }, ...bi('hoặc dán nội dung', 'or paste its content')),
    text,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, ...bi('Nạp danh mục', 'Load the registry'))),
    result,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const province = isAdmin ? form.elements.province.value.trim() : session.scope;
    if (!province || text.value.trim().length === 0) {
      replace(result, message('error', 'Chọn tỉnh và tệp danh mục / choose the province and the file.'));
      return;
    }

    try {
      const loaded = await api(`registry/${encodeURIComponent(province)}`, { method: 'PUT', body: text.value, contentType: 'text/csv; charset=utf-8' });
      replace(result, message('ok', `Đã nạp ${loaded.rows} đơn vị cho ${province}. / ${loaded.rows} rows loaded.`));
      announce(`Đã nạp ${loaded.rows} đơn vị`);
    } catch (error) {
      replace(result, registryErrors(error));
      result.querySelector('[role=alert]')?.focus();
    }
  });

  return h(
    'section',
    {},
    h('h1', {}, ...bi('Danh mục đơn vị', 'Unit registry')),
    h('p', {}, 'Danh mục thay thế danh mục trước đó của tỉnh; chỉ gồm đơn vị của tỉnh. ', h('span', { class: 'en', lang: 'en' }, 'A load replaces the province’s previous registry; rows of that province only.')),
    form,
  );
}

// The API names every bad row, one per line ("dòng/line N: …"): show them as a list a person can work through.
function registryErrors(error) {
  const detail = error.problem?.detail ?? error.message;
  const lines = detail.split('\n').filter((l) => l.trim().length > 0);
  return h(
    'div',
    { class: 'message error', role: 'alert', tabindex: '-1' },
    h('strong', {}, error.problem?.title ?? 'Danh mục không hợp lệ / Invalid registry'),
    h('ul', { id: 'registry-errors' }, lines.map((l) => h('li', {}, l))),
  );
}

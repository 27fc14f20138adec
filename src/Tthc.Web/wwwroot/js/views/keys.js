// Keys (province and admin): issue a key to a unit (or, for admin, to a province), shown once; list and revoke keys.
import { h, bi, replace, announce, message, scrollBox } from '../dom.js';
import { api } from '../api.js';
import { currentSession } from '../session.js';
import { formatDateTime, roleLabels } from '../format.js';

export async function keysView() {
  const session = currentSession();
  const list = h('div', { id: 'keys-list' });
  const refresh = async () => replace(list, keysTable(await api('keys'), refresh));
  await refresh();

  const shown = h('div', { id: 'key-created' });
  const form = h(
    'form',
    { class: 'panel', id: 'key-form', novalidate: true },
    h('fieldset', {}, h('legend', {}, ...bi('Cấp khóa cho', 'Issue a key to')),
      h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'role', value: 'unit', checked: true }), 'Đơn vị ', h('span', { class: 'en', lang: 'en' }, 'a unit')),
      session?.role === 'admin' ? h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'role', value: 'province' }), 'Tỉnh ', h('span', { class: 'en', lang: 'en' }, 'a province')) : null),
    h('label', { for: 'key-scope' }, ...bi('Mã đơn vị hoặc mã tỉnh', 'Unit or province code')),
    h('input', { id: 'key-scope', name: 'scope', type: 'text', required: true, pattern: '[a-z0-9-]+', autocomplete: 'off', spellcheck: 'false' }),
    h('label', { for: 'key-expires' }, ...bi('Hết hạn (không bắt buộc)', 'Expires (optional)'), h('span', { class: 'hint' }, 'yyyy-mm-dd')),
    h('input', { id: 'key-expires', name: 'expires', type: 'text', autocomplete: 'off', placeholder: '2026-12-31' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, ...bi('Cấp khóa', 'Issue key'))),
    shown,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const expires = form.elements.expires.value.trim();
    try {
      const made = await api('keys', { method: 'POST', body: { role: form.elements.role.value, scope: form.elements.scope.value.trim(), expires: expires ? `${expires}T23:59:59+07:00` : undefined } });
      replace(
        shown,
        message(
          'ok',
          h('p', {}, `Khóa cho ${made.scope} (${made.role}). Sao chép ngay: khóa chỉ hiện một lần. `, h('span', { class: 'en', lang: 'en' }, 'Copy it now: it is shown once.')),
          h('code', { class: 'key-once', id: 'new-key', tabindex: '0' }, made.key),
        ),
      );
      announce('Đã cấp khóa; khóa chỉ hiện một lần');
      shown.querySelector('#new-key').focus();
      await refresh();
    } catch (error) {
      replace(shown, message('error', error.problem?.detail ?? error.message));
    }
  });

  return h(
    'section',
    {},
    h('h1', {}, ...bi('Khóa truy cập', 'Access keys')),
    h('p', {}, 'Mỗi đơn vị dùng khóa riêng để gửi báo cáo. Gửi khóa cho đơn vị qua kênh an toàn; có thể thu hồi bất cứ lúc nào. ', h('span', { class: 'en', lang: 'en' }, 'Each unit sends with its own key; hand it over safely; revoke it any time.')),
    form,
    h('h2', {}, ...bi('Các khóa đã cấp', 'Keys issued')),
    list,
  );
}

function keysTable(keys, refresh) {
  if (keys.length === 0) return h('p', { class: 'muted' }, 'Chưa có khóa nào. / No keys yet.');
  return scrollBox('Các khóa đã cấp / Keys issued', h(
    'table',
    { id: 'keys' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Mã khóa'), h('th', { scope: 'col' }, 'Vai trò'), h('th', { scope: 'col' }, 'Phạm vi'), h('th', { scope: 'col' }, 'Cấp lúc'), h('th', { scope: 'col' }, 'Hết hạn'), h('th', { scope: 'col' }, 'Trạng thái'))),
    h('tbody', {}, keys.map((k) => h(
      'tr',
      { 'data-key': k.id },
      h('td', {}, h('code', {}, k.id)),
      h('td', {}, (roleLabels[k.role] ?? [k.role])[0]),
      h('td', {}, k.scope),
      h('td', {}, formatDateTime(k.createdAt)),
      h('td', {}, k.expiresAt ? formatDateTime(k.expiresAt) : '—'),
      h('td', {}, k.revokedAt
        ? h('span', { class: 'badge rejected' }, `Đã thu hồi ${formatDateTime(k.revokedAt)}`)
        : h('button', {
          type: 'button',
          class: 'small secondary',
          onclick: async () => {
            await api(`keys/${encodeURIComponent(k.id)}`, { method: 'DELETE' });
            announce(`Đã thu hồi khóa ${k.id}`);
            await refresh();
          },
        }, 'Thu hồi', h('span', { class: 'visually-hidden' }, ` khóa ${k.id} (${k.scope})`))),
    ))),
  ));
}

// Sign-in with a key: the server says whose key it is (GET /api/session); the key is kept for this tab only and sent
// with every call as Authorization: Bearer.
import { h, bi, message } from '../dom.js';
import { saveSession, clearSession, homeOf, permissions } from '../session.js';
import { api } from '../api.js';
import { roleLabels } from '../format.js';

export function signInView() {
  const error = h('div');
  const form = h(
    'form',
    { class: 'panel', novalidate: true },
    h('label', { for: 'key' }, ...bi('Khóa truy cập', 'Access key'), h('span', { class: 'hint' }, 'Khóa do tỉnh hoặc quản trị cấp; chỉ lưu trong thẻ trình duyệt này. / Issued by your province or the admin; kept in this tab only.')),
    h('input', { id: 'key', name: 'key', type: 'password', autocomplete: 'off', required: true, spellcheck: 'false' }),
    error,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, ...bi('Đăng nhập', 'Sign in'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = form.elements.key.value.trim();
    if (!key) {
      error.replaceChildren(message('error', 'Nhập khóa truy cập / enter your key.'));
      form.elements.key.focus();
      return;
    }

    saveSession({ key, role: 'pending', scope: '' });
    try {
      const session = await api('session');
      saveSession({ key, role: session.role, scope: session.scope === '*' ? '' : session.scope, keyId: session.keyId });
      window.location.hash = homeOf({ role: session.role, scope: session.scope });
    } catch (failure) {
      clearSession();
      error.replaceChildren(message('error', failure.status === 401 ? 'Khóa không đúng, đã hết hạn hoặc đã bị thu hồi. / The key is wrong, expired or revoked.' : failure.message));
      form.elements.key.focus();
    }
  });

  return h(
    'section',
    {},
    h('h1', {}, ...bi('Đăng nhập', 'Sign in')),
    form,
    h('h2', {}, ...bi('Mỗi vai trò được làm gì', 'What each role may do')),
    h('dl', { class: 'roles' }, Object.entries(permissions).map(([role, rights]) => [
      h('dt', {}, ...bi(...roleLabels[role])),
      h('dd', {}, h('ul', {}, rights.map(([vi, en]) => h('li', {}, vi, ' ', h('span', { class: 'en', lang: 'en' }, en))))),
    ])),
  );
}

/** The signed-in role's rights, shown on its first page. */
export function roleRights(session) {
  const [vi, en] = roleLabels[session.role] ?? [session.role, session.role];
  return h(
    'details',
    { class: 'panel', id: 'role-rights' },
    h('summary', {}, `Vai trò của bạn: ${vi}${session.scope ? ` (${session.scope})` : ''} — được làm gì? `, h('span', { class: 'en', lang: 'en' }, `Your role: ${en} — what may it do?`)),
    h('ul', {}, (permissions[session.role] ?? []).map(([v, e]) => h('li', {}, v, ' ', h('span', { class: 'en', lang: 'en' }, e)))),
  );
}

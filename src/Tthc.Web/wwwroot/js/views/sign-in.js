// Sign-in with a key: the key is kept for this tab only and sent with every call; the page shows what the role may do.
import { h, bi, message } from '../dom.js';
import { saveSession, homeOf, permissions } from '../session.js';
import { roleLabels } from '../format.js';

export function signInView() {
  const error = h('div');
  const roleChoices = Object.entries(roleLabels).map(([role, [vi, en]], i) =>
    h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'role', value: role, checked: i === 0 }), vi, ' ', h('span', { class: 'en', lang: 'en' }, en)));
  const rights = h('ul', { id: 'role-rights' });
  const showRights = () => {
    const role = form.elements.role.value;
    rights.replaceChildren(...permissions[role].map(([vi, en]) => h('li', {}, vi, ' ', h('span', { class: 'en', lang: 'en' }, en))));
  };

  const form = h(
    'form',
    { class: 'panel', novalidate: true },
    h('label', { for: 'key' }, ...bi('Khóa truy cập', 'Access key'), h('span', { class: 'hint' }, 'Khóa do tỉnh hoặc quản trị cấp; chỉ lưu trong thẻ trình duyệt này. / Issued by your province or the admin; kept in this tab only.')),
    h('input', { id: 'key', name: 'key', type: 'password', autocomplete: 'off', required: true, spellcheck: 'false' }),
    h('fieldset', {}, h('legend', {}, ...bi('Vai trò', 'Role')), roleChoices),
    h('label', { for: 'scope' }, ...bi('Mã đơn vị hoặc mã tỉnh', 'Unit or province code'), h('span', { class: 'hint' }, 'Ví dụ hai-phong-khuc-thua-du, hung-yen. / e.g. a unit code or a province code.')),
    h('input', { id: 'scope', name: 'scope', type: 'text', autocomplete: 'off', spellcheck: 'false', pattern: '[a-z0-9-]*' }),
    h('h2', {}, ...bi('Vai trò này được làm gì', 'What this role may do')),
    rights,
    error,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, ...bi('Đăng nhập', 'Sign in'))),
  );
  form.addEventListener('change', showRights);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = form.elements.key.value.trim();
    const role = form.elements.role.value;
    const scope = form.elements.scope.value.trim().toLowerCase();
    const problems = [];
    if (!key) problems.push('Nhập khóa truy cập / enter your key.');
    if (role !== 'admin' && !/^[a-z0-9-]+$/.test(scope)) problems.push('Nhập mã đơn vị hoặc mã tỉnh dạng a-z, 0-9, - / enter a code.');
    if (problems.length > 0) {
      error.replaceChildren(message('error', problems.join(' ')));
      (key ? form.elements.scope : form.elements.key).focus();
      return;
    }

    const session = { key, role, scope: role === 'admin' ? scope : scope };
    saveSession(session);
    window.location.hash = homeOf(session);
  });

  const section = h('section', {}, h('h1', {}, ...bi('Đăng nhập', 'Sign in')), form);
  queueMicrotask(showRights);
  return section;
}

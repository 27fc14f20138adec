// The router: hash routes (#/unit/…, #/submission/…, #/province/…), so one page serves every view on both hosts.
import { h, bi, replace, message } from './dom.js';
import { currentSession, clearSession, homeOf } from './session.js';
import { roleLabels } from './format.js';
import { signInView } from './views/sign-in.js';
import { unitView } from './views/unit.js';
import { submissionView } from './views/submission.js';
import { provinceView } from './views/province.js';
import { registryView } from './views/registry.js';
import { keysView } from './views/keys.js';

const routes = [
  [/^#\/sign-in$/, () => signInView()],
  [/^#\/unit\/([a-z0-9-]+)$/, (m) => unitView(m[1])],
  [/^#\/submission\/([A-Za-z0-9-]+)$/, (m) => submissionView(m[1])],
  [/^#\/province(?:\/([a-z0-9-]+))?$/, (m, query) => provinceView(m[1] ?? '', query.get('period') ?? '')],
  [/^#\/registry$/, () => registryView()],
  [/^#\/keys$/, () => keysView()],
];

const main = document.getElementById('main');
let rendering = 0;

async function render() {
  const hash = window.location.hash || '#/';
  if (!hash.startsWith('#/')) return; // an in-page anchor (the skip link), not a route
  const [path, search] = hash.split('?');
  const session = currentSession();
  renderHeader(session, path);
  if (!session && path !== '#/sign-in') {
    window.location.replace('#/sign-in');
    return;
  }

  if (path === '#/' || path === '#') {
    window.location.replace(homeOf(session));
    return;
  }

  const route = routes.find(([pattern]) => pattern.test(path));
  const ticket = ++rendering;
  replace(main, h('p', { class: 'muted' }, 'Đang tải… ', h('span', { class: 'en', lang: 'en' }, 'Loading…')));
  try {
    const view = route ? await route[1](path.match(route[0]), new URLSearchParams(search ?? '')) : notFound();
    if (ticket !== rendering) return; // a newer navigation won
    replace(main, view);
  } catch (error) {
    if (ticket !== rendering) return;
    replace(main, h('h1', {}, 'Có lỗi'), message('error', error.message));
    if (error.status === 401) {
      main.append(h('p', {}, h('a', { href: '#/sign-in' }, 'Đăng nhập lại / Sign in again')));
    }
  }

  const heading = main.querySelector('h1');
  document.title = `${heading ? heading.firstChild.textContent.trim() : 'Báo cáo TTHC'} · Báo cáo TTHC`;
  main.focus({ preventScroll: true });
}

function notFound() {
  return h('section', {}, h('h1', {}, ...bi('Không có trang này', 'Page not found')), h('p', {}, h('a', { href: '#/' }, 'Về trang chính / Home')));
}

function renderHeader(session, path) {
  const nav = document.getElementById('nav');
  const links = [];
  if (session?.role === 'unit') links.push([homeOf(session), 'Báo cáo của đơn vị', 'My reports']);
  if (session && session.role !== 'unit') {
    links.push([homeOf(session), 'Tổng hợp tỉnh', 'Province rollup']);
    links.push(['#/registry', 'Danh mục đơn vị', 'Unit registry']);
    links.push(['#/keys', 'Khóa truy cập', 'Access keys']);
  }

  replace(nav, links.length === 0 ? null : h('ul', {}, links.map(([href, vi, en]) => h('li', {}, h('a', { href, 'aria-current': path === href.split('?')[0] ? 'page' : null }, vi, h('span', { class: 'visually-hidden', lang: 'en' }, ` (${en})`))))));

  const who = document.getElementById('who');
  if (!session) {
    replace(who);
    return;
  }

  const [vi, en] = roleLabels[session.role] ?? [session.role, session.role];
  replace(
    who,
    h('span', { 'data-testid': 'who' }, h('strong', {}, vi), ' ', h('span', { class: 'en', lang: 'en' }, en), session.scope ? ` · ${session.scope}` : ''),
    h('button', { type: 'button', class: 'secondary small', onclick: () => { clearSession(); window.location.hash = '#/sign-in'; } }, 'Đăng xuất', h('span', { class: 'visually-hidden', lang: 'en' }, ' (sign out)')),
  );
}

window.addEventListener('hashchange', render);
document.getElementById('skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
render();

import { h, bi } from '../dom.js';

export async function registryView() {
  return h('section', {}, h('h1', {}, ...bi('Danh mục đơn vị', 'Unit registry')));
}

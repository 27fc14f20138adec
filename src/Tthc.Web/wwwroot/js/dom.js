// Building the DOM with elements, never with HTML strings: report text is shown as text, and no inline code is needed (CSP).

/** h('p', {class: 'x'}, 'text', child…) */
export function h(tag, attributes = {}, ...children) {
  const svg = ['svg', 'g', 'rect', 'text', 'line', 'title', 'desc'].includes(tag);
  const element = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Vietnamese text with its English beside it, smaller: bi('Tải lên', 'Upload'). */
export function bi(vi, en) {
  return [vi, ' ', h('span', { class: 'en', lang: 'en' }, en)];
}

/** Replaces an element's content. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** Says something to screen readers (the polite live region). */
export function announce(text) {
  const region = document.getElementById('announce');
  region.textContent = '';
  window.setTimeout(() => { region.textContent = text; }, 50);
}

/** A message box for an error (role=alert) or a success. */
export function message(kind, ...children) {
  return h('div', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, ...children);
}

/**
 * A box that scrolls sideways when its content (a wide table, the chart) is wider than a phone's screen, so the page
 * itself never does; it takes the focus so a keyboard can scroll it, and is named for screen readers.
 */
export function scrollBox(label, ...children) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': label }, ...children);
}

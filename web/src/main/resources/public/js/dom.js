// Small DOM helpers. Every piece of text goes in through textContent or a text node, never
// innerHTML: answer text, table values and SQL from an LLM or the data cannot become markup.

/** el('div', {class: 'x', onclick: fn}, 'text', childNode, ...) */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

const integer = new Intl.NumberFormat('en-GB', {maximumFractionDigits: 0});

export function formatCount(n) {
  return integer.format(n);
}

export function formatMs(ms) {
  if (ms === null || ms === undefined) return '';
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms < 10000 ? 2 : 1)} s`;
}

/** Copies text to the clipboard, and says so on the button for a moment. */
export async function copyText(text, button) {
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
  } catch (e) {
    // Clipboard access needs a secure context (localhost or https): fall back to a selection.
    const area = el('textarea', {class: 'offscreen', 'aria-hidden': 'true'}, text);
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    button.textContent = ok ? 'Copied' : 'Copy failed';
  }
  setTimeout(() => { button.textContent = label; }, 1500);
}

// The schema page: the schema doc's Markdown rendered safely, with a table of contents.
import {el, clear} from './dom.js';
import {renderMarkdown} from './markdown.js';

const doc = document.getElementById('schema-doc');
clear(doc).append(renderMarkdown(doc.dataset.markdown));
const headings = [...doc.querySelectorAll('h2, h3')];
headings.forEach((h, k) => { h.id = `s-${k}-${h.textContent.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`; });
const toc = el('nav', {class: 'toc', 'aria-label': 'Contents'}, el('p', {class: 'toc-title'}, 'Contents'),
  el('ul', {}, headings.filter(h => h.tagName === 'H2' || headings.length < 40).map(h =>
    el('li', {class: h.tagName === 'H3' ? 'toc-sub' : null}, el('a', {href: `#${h.id}`}, h.textContent)))));
doc.before(toc);

// The schema page: the schema doc's Markdown rendered safely, with a table of contents.
import {el, clear} from './dom.js';
import {renderMarkdown} from './markdown.js';

const doc = document.getElementById('schema-doc');
clear(doc).append(renderMarkdown(doc.dataset.markdown));
// The doc's own title (#) renders as h2, its sections (##) as h3 and their parts (###) as h4.
const headings = [...doc.querySelectorAll('h3, h4')];
headings.forEach((h, k) => { h.id = `s-${k}-${h.textContent.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`; });
const toc = el('nav', {class: 'toc', 'aria-label': 'Contents'}, el('p', {class: 'toc-title'}, 'Contents'),
  el('ul', {}, headings.filter(h => h.tagName === 'H3' || headings.length < 40).map(h =>
    el('li', {class: h.tagName === 'H4' ? 'toc-sub' : null}, el('a', {href: `#${h.id}`}, h.textContent)))));
doc.before(toc);

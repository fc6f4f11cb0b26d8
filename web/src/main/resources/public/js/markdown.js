// A small, safe Markdown renderer for answer text and the schema doc. It builds DOM nodes
// and puts all text in as text nodes, so whatever the text holds (an LLM's words, a product
// called <script>) shows as text. Supported: headings, paragraphs, bullet and numbered lists,
// tables, fenced code, block quotes, rules, and inline **bold**, *italic*, `code` and links
// to http(s) or this server's own paths.
import {el} from './dom.js';

export function renderMarkdown(text) {
  const root = document.createDocumentFragment();
  const lines = String(text ?? '').replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*$/.test(line)) { i++; continue; }
    const fence = line.match(/^\s*(```|~~~)\s*([\w+-]*)\s*$/);
    if (fence) {
      const body = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(fence[1])) body.push(lines[i++]);
      i++;
      root.append(el('pre', {class: 'code-block'}, el('code', {class: fence[2] ? `lang-${fence[2]}` : null}, body.join('\n'))));
      continue;
    }
    const heading = line.match(/^(#{1,6})\s+(.*?)\s*#*\s*$/);
    if (heading) {
      root.append(el(`h${Math.min(6, heading[1].length + 1)}`, {}, inline(heading[2])));
      i++;
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) { root.append(el('hr')); i++; continue; }
    if (isTableStart(lines, i)) {
      const rows = [];
      while (i < lines.length && /^\s*\|.*\|\s*$/.test(lines[i])) rows.push(lines[i++]);
      root.append(table(rows));
      continue;
    }
    if (/^\s*>/.test(line)) {
      const body = [];
      while (i < lines.length && /^\s*>/.test(lines[i])) body.push(lines[i++].replace(/^\s*>\s?/, ''));
      root.append(el('blockquote', {}, renderMarkdown(body.join('\n'))));
      continue;
    }
    const bullet = /^\s*[-*+]\s+/;
    const numbered = /^\s*\d+[.)]\s+/;
    if (bullet.test(line) || numbered.test(line)) {
      const ordered = numbered.test(line);
      const pattern = ordered ? numbered : bullet;
      const list = el(ordered ? 'ol' : 'ul');
      while (i < lines.length && pattern.test(lines[i])) {
        let item = lines[i++].replace(pattern, '');
        // Continuation lines: indented text that belongs to the item.
        while (i < lines.length && /^\s{2,}\S/.test(lines[i]) && !bullet.test(lines[i]) && !numbered.test(lines[i])) {
          item += ' ' + lines[i++].trim();
        }
        list.append(el('li', {}, inline(item)));
      }
      root.append(list);
      continue;
    }
    const para = [];
    while (i < lines.length && !/^\s*$/.test(lines[i]) && !startsBlock(lines, i)) para.push(lines[i++].trim());
    root.append(el('p', {}, inline(para.join(' '))));
  }
  return root;
}

function startsBlock(lines, i) {
  const line = lines[i];
  return /^(#{1,6})\s/.test(line) || /^\s*(```|~~~)/.test(line) || /^\s*[-*+]\s+/.test(line)
      || /^\s*\d+[.)]\s+/.test(line) || /^\s*>/.test(line) || isTableStart(lines, i);
}

function isTableStart(lines, i) {
  return /^\s*\|.*\|\s*$/.test(lines[i] || '') && /^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/.test(lines[i + 1] || '');
}

function cells(row) {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  // A pipe escaped as \| stays inside its cell.
  return inner.split(/(?<!\\)\|/).map(c => c.trim().replace(/\\\|/g, '|'));
}

function table(rows) {
  const head = cells(rows[0]);
  const aligns = cells(rows[1]).map(c => c.endsWith(':') ? (c.startsWith(':') ? 'center' : 'right') : null);
  const thead = el('thead', {}, el('tr', {}, head.map((h, k) => el('th', {class: aligns[k] ? `align-${aligns[k]}` : null}, inline(h)))));
  const tbody = el('tbody', {}, rows.slice(2).map(r => el('tr', {},
    cells(r).map((c, k) => el('td', {class: aligns[k] ? `align-${aligns[k]}` : null}, inline(c))))));
  return el('div', {class: 'table-wrap'}, el('table', {class: 'md-table'}, thead, tbody));
}

// Underscores emphasise only at word edges, as in GitHub's Markdown: snake_case and __dunder__ names stay as they are.
const INLINE = /(`+)([\s\S]*?[^`])\1(?!`)|\*\*([^*]+?)\*\*|(?<![\w])__([^_]+?)__(?![\w])|\*([^*\s][^*]*?)\*|(?<![\w])_([^_\s][^_]*?)_(?![\w])|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Inline Markdown as a list of nodes. */
export function inline(text) {
  const out = [];
  let last = 0;
  for (const m of String(text).matchAll(INLINE)) {
    if (m.index > last) out.push(document.createTextNode(text.slice(last, m.index)));
    if (m[1]) out.push(el('code', {}, m[2].trim()));
    else if (m[3] || m[4]) out.push(el('strong', {}, inline(m[3] || m[4])));
    else if (m[5] || m[6]) out.push(el('em', {}, inline(m[5] || m[6])));
    else if (m[7]) out.push(link(m[7], m[8]));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}

function link(label, href) {
  // Only web links and this server's paths: never javascript:, data: or other schemes.
  const safe = /^https?:\/\//i.test(href) || (/^\/(?!\/)/.test(href));
  if (!safe) return document.createTextNode(`${label} (${href})`);
  return el('a', {href, rel: 'noopener noreferrer', target: /^https?:/i.test(href) ? '_blank' : null}, inline(label));
}

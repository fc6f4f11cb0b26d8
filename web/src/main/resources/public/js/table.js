// Result tables: sortable by any column (click or Enter on the header), numbers right-aligned
// and formatted, and a CSV download of exactly the rows shown.
import {el, clear, formatCount} from './dom.js';

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UBIGINT|UINTEGER|USMALLINT|UTINYINT|UHUGEINT|FLOAT|REAL|DOUBLE|DECIMAL.*|NUMERIC.*)$/i;
const PAGE = 200;

/**
 * A table element for {columns: [{name, type}], rows: [[...]]}.
 * options: {caption, filename, note}
 */
export function renderTable(table, options = {}) {
  const columns = table.columns || [];
  const original = table.rows || [];
  let rows = original.slice();
  let sort = {index: -1, dir: 1};
  let shown = PAGE;
  const numeric = columns.map(c => NUMERIC.test(c.type || ''));
  const decimals = columns.map((c, k) => numeric[k] ? decimalsFor(original, k) : 0);

  const tbody = el('tbody');
  const headers = columns.map((c, k) => {
    const button = el('button', {type: 'button', class: 'sort-btn', title: `Sort by ${c.name}`, onclick: () => sortBy(k)},
      el('span', {class: 'col-name'}, c.name), el('span', {class: 'sort-mark', 'aria-hidden': 'true'}));
    return el('th', {scope: 'col', class: numeric[k] ? 'num' : null, 'aria-sort': 'none', title: c.type}, button);
  });
  const more = el('button', {type: 'button', class: 'btn btn-small', onclick: () => { shown += PAGE * 5; fill(); }});
  const footer = el('div', {class: 'table-foot'});
  const tableEl = el('table', {class: 'data-table'}, options.caption ? el('caption', {class: 'sr-only'}, options.caption) : null,
    el('thead', {}, el('tr', {}, headers)), tbody);
  const csv = el('button', {type: 'button', class: 'btn btn-small', onclick: () => download(columns, rows, options.filename)},
    '⬇ CSV');
  const count = el('span', {class: 'muted small table-count'});
  const wrap = el('div', {class: 'result-table'},
    el('div', {class: 'table-tools'}, count, options.note ? el('span', {class: 'muted small'}, options.note) : null, csv),
    el('div', {class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': options.caption || 'Result table'}, tableEl),
    footer);

  function sortBy(k) {
    sort = {index: k, dir: sort.index === k ? -sort.dir : (numeric[k] ? -1 : 1)};
    rows = original.slice().sort((a, b) => sort.dir * compare(a[k], b[k]));
    headers.forEach((th, j) => {
      th.setAttribute('aria-sort', j === k ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
      th.querySelector('.sort-mark').textContent = j === k ? (sort.dir > 0 ? ' ▲' : ' ▼') : '';
    });
    fill();
  }

  function fill() {
    clear(tbody);
    for (const row of rows.slice(0, shown)) {
      tbody.append(el('tr', {}, row.map((v, k) => el('td', {class: numeric[k] ? 'num' : (v === null ? 'null' : null)},
        format(v, numeric[k], decimals[k])))));
    }
    count.textContent = `${formatCount(rows.length)} ${rows.length === 1 ? 'row' : 'rows'}`;
    clear(footer);
    if (rows.length > shown) {
      more.textContent = `Show more (${formatCount(rows.length - shown)} left)`;
      footer.append(more);
    }
  }

  fill();
  return wrap;
}

function decimalsFor(rows, k) {
  let max = 0;
  for (const r of rows.slice(0, 200)) {
    const v = r[k];
    if (typeof v === 'number' && !Number.isInteger(v)) max = 2;
  }
  return max;
}

function compare(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en', {numeric: true});
}

function format(v, isNumber, decimals) {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number' && isNumber) {
    return v.toLocaleString('en-GB', {minimumFractionDigits: decimals, maximumFractionDigits: decimals ? 4 : 0});
  }
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function csvCell(v) {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  // Spreadsheets run cells that start with = + - @ as formulas: a leading quote keeps them text.
  if (/^[=+\-@\t\r]/.test(s) && typeof v !== 'number') s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns, rows) {
  const lines = [columns.map(c => csvCell(c.name)).join(',')];
  for (const r of rows) lines.push(r.map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}

function download(columns, rows, filename) {
  const blob = new Blob([toCsv(columns, rows)], {type: 'text/csv;charset=utf-8'});
  const url = URL.createObjectURL(blob);
  const a = el('a', {href: url, download: filename || 'shopsight.csv', class: 'offscreen'});
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

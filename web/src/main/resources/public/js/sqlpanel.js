// The SQL panel of an answer, for power users: the query highlighted, copyable, editable and
// re-runnable through the SQL gate, with the run's timing and row count, or the gate's
// explanation (code, message, hint and a caret under the position) when it refuses.
import {el, clear, copyText, formatCount, formatMs} from './dom.js';
import {highlight} from './sql.js';
import {runSql} from './api.js';
import {renderTable} from './table.js';

export function sqlPanel(sql, {conversationId = null, label = 'SQL', open = false} = {}) {
  const original = sql;
  const code = el('code', {class: 'sql'}, highlight(sql));
  const view = el('pre', {class: 'sql-code', tabindex: '0', 'aria-label': 'SQL query'}, code);
  const editor = el('textarea', {class: 'sql-editor', spellcheck: 'false', 'aria-label': 'Edit the SQL', hidden: true,
    rows: String(Math.min(18, Math.max(4, sql.split('\n').length + 1)))}, sql);
  const result = el('div', {class: 'sql-result', 'aria-live': 'polite'});
  const copy = el('button', {type: 'button', class: 'btn btn-small', onclick: () => copyText(current(), copy)}, 'Copy');
  const edit = el('button', {type: 'button', class: 'btn btn-small', 'aria-pressed': 'false', onclick: () => toggleEdit()}, 'Edit');
  const reset = el('button', {type: 'button', class: 'btn btn-small', hidden: true, onclick: () => resetSql()}, 'Reset');
  const run = el('button', {type: 'button', class: 'btn btn-small btn-run', onclick: () => execute()}, '▶ Run');
  const hint = el('span', {class: 'muted small sql-keys', hidden: true}, 'Ctrl+Enter runs · Esc stops editing');
  const panel = el('details', {class: 'sql-panel', open: open || null},
    el('summary', {}, el('span', {class: 'sql-label'}, label), el('span', {class: 'muted small'}, ` · ${lineCount(sql)}`)),
    el('div', {class: 'sql-toolbar'}, copy, edit, reset, run, hint), view, editor, result);

  editor.addEventListener('keydown', e => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); execute(); }
    if (e.key === 'Escape') { e.preventDefault(); toggleEdit(false); edit.focus(); }
  });
  editor.addEventListener('input', () => { reset.hidden = editor.value === original; });

  function current() { return editor.value; }

  function toggleEdit(on = editor.hidden) {
    editor.hidden = !on;
    view.hidden = on;
    hint.hidden = !on;
    edit.textContent = on ? 'Done' : 'Edit';
    edit.setAttribute('aria-pressed', String(on));
    if (on) { editor.focus(); } else { clear(code).append(highlight(editor.value)); }
  }

  function resetSql() {
    editor.value = original;
    reset.hidden = true;
    clear(code).append(highlight(original));
    clear(result);
  }

  async function execute() {
    const text = current();
    run.disabled = true;
    clear(result).append(el('p', {class: 'muted small running'}, el('span', {class: 'spinner', 'aria-hidden': 'true'}), ' Running…'));
    try {
      const res = await runSql(text, conversationId);
      clear(result);
      if (res.status === 'rows') {
        const truncated = res.truncated ? ` (the first ${formatCount(res.rowCount)}; there are more)` : '';
        result.append(el('p', {class: 'run-ok small'}, `✓ ${formatCount(res.rowCount)} ${res.rowCount === 1 ? 'row' : 'rows'}${truncated} in ${formatMs(res.elapsedMs)}`),
          renderTable(res, {caption: 'Result of the edited SQL', filename: 'shopsight-sql.csv'}));
      } else {
        result.append(rejection(res, text));
      }
    } catch (err) {
      clear(result).append(el('p', {class: 'error-box small', role: 'alert'}, err.message));
    } finally {
      run.disabled = false;
      result.scrollIntoView({block: 'nearest'});
    }
  }

  return panel;
}

function lineCount(sql) {
  const n = sql.split('\n').length;
  return `${n} ${n === 1 ? 'line' : 'lines'}`;
}

/** The gate's refusal: its code and message, the hint, and the SQL line with a caret under the position. */
export function rejection(res, sql) {
  const box = el('div', {class: 'sql-error', role: 'alert'},
    el('p', {class: 'sql-error-head'}, el('span', {class: 'code-badge'}, res.code || 'rejected'), ' ', res.message || 'The SQL gate refused the query.'));
  if (res.position !== null && res.position !== undefined && res.position >= 0) {
    const before = sql.slice(0, res.position);
    const lineNo = before.split('\n').length;
    const lineStart = before.lastIndexOf('\n') + 1;
    const lineEnd = sql.indexOf('\n', res.position);
    const line = sql.slice(lineStart, lineEnd < 0 ? sql.length : lineEnd);
    const column = res.position - lineStart;
    box.append(el('pre', {class: 'caret-view', 'aria-label': `Problem at line ${lineNo}, column ${column + 1}`},
      el('span', {class: 'caret-line'}, line), '\n', el('span', {class: 'caret'}, ' '.repeat(column) + '^')),
    el('p', {class: 'muted small'}, `Line ${lineNo}, column ${column + 1}`));
  }
  if (res.hint) box.append(el('p', {class: 'sql-hint'}, el('strong', {}, 'Hint: '), res.hint));
  return box;
}

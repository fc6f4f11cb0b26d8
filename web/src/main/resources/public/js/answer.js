// One turn of a conversation: the question, the steps (live while the agent works), then the
// answer: text, notices, chart, table, the SQL panel and a link to the answer's own page.
import {el, clear, copyText, formatCount, formatMs} from './dom.js';
import {renderMarkdown} from './markdown.js';
import {renderTable} from './table.js';
import {renderChart} from './chart.js';
import {sqlPanel} from './sqlpanel.js';
import {highlight} from './sql.js';

/** A turn whose answer is on its way; returns {node, stepStarted, step, text, done, fail}. */
export function pendingTurn(question) {
  const steps = el('ol', {class: 'steps live', 'aria-label': 'Steps'});
  const status = el('p', {class: 'thinking muted small'}, el('span', {class: 'spinner', 'aria-hidden': 'true'}), ' Working on it…');
  const body = el('section', {class: 'answer-card pending', 'aria-busy': 'true'}, status, steps);
  const node = el('article', {class: 'turn'}, questionBubble(question), body);
  const draft = el('div', {class: 'markdown answer-text streaming'});
  let streamed = '';
  return {
    node,
    stepStarted(tool, input) {
      steps.append(stepItem({tool, input, running: true}));
    },
    step(step) {
      const running = [...steps.querySelectorAll('.step-running')].reverse().find(li => li.dataset.tool === step.tool);
      const item = stepItem(step);
      if (running) running.replaceWith(item); else steps.append(item);
    },
    text(delta) {
      // An LLM agent streams its answer in pieces: show it as it grows.
      streamed += delta;
      status.lastChild.textContent = ' Writing the answer…';
      if (!draft.isConnected) body.append(draft);
      clear(draft).append(renderMarkdown(streamed));
    },
    done(answer) {
      const full = answerCard(answer);
      body.replaceWith(full);
      return full;
    },
    fail(error, retry) {
      body.classList.remove('pending');
      body.setAttribute('aria-busy', 'false');
      status.remove();
      steps.querySelectorAll('.step-running').forEach(li => li.remove());
      body.append(el('div', {class: 'error-box', role: 'alert'},
        el('p', {}, el('strong', {}, 'No answer: '), error.message),
        retry ? el('button', {type: 'button', class: 'btn btn-small', onclick: () => { node.remove(); retry(); }}, 'Try again') : null));
    },
  };
}

/** A finished turn, as the conversation page shows it. */
export function finishedTurn(answer) {
  return el('article', {class: 'turn', id: `turn-${answer.id}`}, questionBubble(answer.question), answerCard(answer));
}

function questionBubble(question) {
  return el('div', {class: 'question'}, el('p', {class: 'question-text'}, question));
}

/** The answer itself; used by the chat page and the answer's own page. */
export function answerCard(answer, {standalone = false} = {}) {
  const card = el('section', {class: 'answer-card', 'aria-label': 'Answer', dataset: {answerId: answer.id}});
  const mode = answer.mode === 'llm' ? `LLM ${answer.model || ''}`.trim() : 'Offline planner';
  card.append(el('header', {class: 'answer-head'},
    el('span', {class: `badge ${answer.mode === 'llm' ? 'badge-llm' : 'badge-offline'}`}, mode),
    answer.understood ? el('span', {class: 'understood muted small', title: 'How the question was read'}, `Read as: ${answer.understood}`) : null,
    el('span', {class: 'muted small answer-time'}, formatMs(answer.usage ? answer.usage.ms : null))));
  const text = el('div', {class: 'markdown answer-text'}, renderMarkdown(answer.answer));
  if (!standalone && /^(not understood|refused)/.test(answer.understood || '')) suggestionsAsButtons(text);
  card.append(text);
  if (answer.notices && answer.notices.length) {
    card.append(el('ul', {class: 'notices'}, answer.notices.map(n => el('li', {class: 'notice'}, n))));
  }
  if (answer.chart) card.append(renderChart(answer.chart));
  if (answer.table && answer.table.columns && answer.table.columns.length) {
    card.append(renderTable(answer.table, {caption: `Result of: ${answer.question}`, filename: csvName(answer.question)}));
  }
  if (answer.sql) card.append(sqlPanel(answer.sql, {conversationId: answer.conversationId, open: standalone}));
  if (answer.steps && answer.steps.length) card.append(stepsBox(answer.steps));
  card.append(footer(answer, standalone));
  return card;
}

/** The questions a refusal suggests become buttons that ask them (the chat page listens for 'ask-suggestion'). */
function suggestionsAsButtons(text) {
  for (const li of text.querySelectorAll('li')) {
    const question = li.textContent.trim();
    li.replaceChildren(el('button', {type: 'button', class: 'suggestion', onclick: () =>
      li.dispatchEvent(new CustomEvent('ask-suggestion', {bubbles: true, detail: question}))}, question));
  }
}

function stepsBox(steps) {
  const total = steps.reduce((sum, s) => sum + (s.ms || 0), 0);
  const failed = steps.filter(s => s.error).length;
  return el('details', {class: 'steps-box'},
    el('summary', {}, `${steps.length} ${steps.length === 1 ? 'step' : 'steps'} · ${formatMs(total)}`,
      failed ? el('span', {class: 'step-failed-count'}, ` · ${failed} failed`) : null),
    el('ol', {class: 'steps'}, steps.map(stepItem)));
}

function stepItem(step) {
  const state = step.running ? 'running' : step.error ? 'failed' : 'done';
  const meta = [];
  if (step.rows !== null && step.rows !== undefined) meta.push(`${formatCount(step.rows)} ${step.rows === 1 ? 'row' : 'rows'}`);
  if (!step.running) meta.push(formatMs(step.ms));
  const input = step.input && typeof step.input === 'object' ? Object.entries(step.input) : [];
  const li = el('li', {class: `step step-${state}`, dataset: {tool: step.tool}},
    el('span', {class: 'step-icon', 'aria-hidden': 'true'}, state === 'running' ? '' : state === 'failed' ? '✕' : '✓'),
    el('span', {class: 'step-tool'}, step.tool),
    input.length ? el('span', {class: 'step-input muted small'}, summarise(input)) : null,
    meta.length ? el('span', {class: 'step-meta muted small'}, meta.join(' · ')) : null,
    el('span', {class: 'sr-only'}, state === 'running' ? '(running)' : state === 'failed' ? '(failed)' : '(done)'));
  if (step.error) li.append(el('p', {class: 'step-error small'}, step.error));
  if (step.sql) li.append(el('details', {class: 'step-sql'}, el('summary', {class: 'small'}, 'SQL'),
    el('pre', {class: 'sql-code small'}, el('code', {}, highlight(step.sql)))));
  return li;
}

function summarise(entries) {
  const text = entries.map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`).join(', ');
  return text.length > 120 ? text.slice(0, 117) + '…' : text;
}

function footer(answer, standalone) {
  const href = `/answers/${encodeURIComponent(answer.id)}`;
  const copy = el('button', {type: 'button', class: 'link-btn small', onclick: () => copyText(new URL(href, location.href).href, copy)}, 'Copy link');
  const usage = answer.usage && answer.usage.llmCalls
    ? `${answer.usage.llmCalls} LLM ${answer.usage.llmCalls === 1 ? 'call' : 'calls'} · ${formatCount(answer.usage.inputTokens + answer.usage.outputTokens)} tokens`
    : null;
  return el('footer', {class: 'answer-foot small'},
    standalone ? null : el('a', {href, class: 'permalink'}, 'Open as a page'),
    copy,
    usage ? el('span', {class: 'muted'}, usage) : null);
}

function csvName(question) {
  const slug = String(question).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50);
  return `shopsight-${slug || 'result'}.csv`;
}


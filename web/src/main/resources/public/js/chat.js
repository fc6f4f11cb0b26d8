// The chat page: renders the conversation, asks questions with the steps streaming in, and
// keeps the URL on the conversation (/c/{id}) so it can be reloaded or shared.
import {el} from './dom.js';
import {streamAsk} from './api.js';
import {pendingTurn, finishedTurn} from './answer.js';

const main = document.getElementById('main');
const thread = document.getElementById('thread');
const empty = document.getElementById('empty');
const form = document.getElementById('composer');
const input = document.getElementById('question');
const mode = document.getElementById('mode');
const send = document.getElementById('send');
let conversationId = main.dataset.conversation || null;
let busy = false;

for (const answer of JSON.parse(main.dataset.turns || '[]')) thread.append(finishedTurn(answer));
showEmpty();
// A reopened conversation opens at its latest question, as chat apps do.
thread.lastElementChild?.scrollIntoView({block: 'start'});

form.addEventListener('submit', e => {
  e.preventDefault();
  ask(input.value);
});

input.addEventListener('keydown', e => {
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    ask(input.value);
  }
});
input.addEventListener('input', grow);

thread.addEventListener('ask-suggestion', e => ask(e.detail));

document.getElementById('examples')?.addEventListener('click', e => {
  const button = e.target.closest('button.example');
  if (button) ask(button.dataset.question);
});

document.addEventListener('keydown', e => {
  const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName || '') || document.activeElement?.isContentEditable;
  if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey) {
    e.preventDefault();
    input.focus();
  }
});

const toggle = document.getElementById('sidebar-toggle');
const sidebar = document.getElementById('sidebar');
toggle?.addEventListener('click', () => {
  const open = sidebar.classList.toggle('open');
  toggle.setAttribute('aria-expanded', String(open));
});

function showEmpty() {
  empty.hidden = thread.children.length > 0;
}

function grow() {
  input.style.height = 'auto';
  input.style.height = Math.min(input.scrollHeight, 200) + 'px';
}

function setBusy(on) {
  busy = on;
  send.disabled = on;
  input.setAttribute('aria-busy', String(on));
  thread.setAttribute('aria-busy', String(on));
  send.querySelector('.send-label').textContent = on ? 'Answering…' : 'Ask';
  send.classList.toggle('loading', on);
}

async function ask(text) {
  const question = String(text || '').trim();
  if (!question || busy) {
    if (!question) input.focus();
    return;
  }
  input.value = '';
  grow();
  setBusy(true);
  const turn = pendingTurn(question);
  thread.append(turn.node);
  showEmpty();
  turn.node.scrollIntoView({behavior: 'smooth', block: 'start'});
  try {
    const answer = await streamAsk({question, conversationId, mode: mode.value}, turn);
    const card = turn.done(answer);
    turn.node.id = `turn-${answer.id}`;
    if (conversationId !== answer.conversationId) {
      conversationId = answer.conversationId;
      history.replaceState(null, '', `/c/${encodeURIComponent(conversationId)}`);
      remember(answer);
    }
    card.scrollIntoView({behavior: 'smooth', block: 'nearest'});
  } catch (err) {
    turn.fail(err, () => ask(question));
  } finally {
    setBusy(false);
    input.focus();
  }
}

/** Puts a new conversation at the top of the list. */
function remember(answer) {
  let list = document.getElementById('conversations');
  if (!list) {
    list = el('ul', {class: 'conv-list', id: 'conversations'});
    sidebar.querySelector('p.muted')?.remove();
    sidebar.append(list);
  }
  list.querySelectorAll('[aria-current]').forEach(a => a.removeAttribute('aria-current'));
  list.prepend(el('li', {}, el('a', {href: `/c/${encodeURIComponent(answer.conversationId)}`, class: 'conv-link', 'aria-current': 'page'},
    el('span', {class: 'conv-title'}, answer.question), el('span', {class: 'conv-meta'}, 'just now'))));
}

// The page's calls to the JSON API: plain JSON requests, and the answer stream (Server-Sent
// Events on a POST, read from fetch because EventSource can only GET).

/** An API failure: the HTTP status and the server's {code, message}. */
export class ApiError extends Error {
  constructor(status, code, message, body) {
    super(message);
    this.status = status;
    this.code = code;
    this.body = body;
  }
}

async function failure(res) {
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  const message = body && body.message ? body.message
    : res.status === 429 ? 'Too many requests; wait a moment.' : `The server answered ${res.status}.`;
  return new ApiError(res.status, body && body.code ? body.code : 'http_' + res.status, message, body);
}

export async function postJson(path, payload, headers = {}) {
  const res = await fetch(path, {
    method: 'POST', credentials: 'same-origin',
    headers: Object.assign({'Content-Type': 'application/json', 'Accept': 'application/json'}, headers),
    body: JSON.stringify(payload),
  });
  if (!res.ok) throw await failure(res);
  return res.json();
}

/** POST /api/sql, as the SQL panel runs it; a refused query comes back (not thrown) as {status: 'rejected', ...}. */
export async function runSql(sql, conversationId) {
  const res = await fetch('/api/sql', {
    method: 'POST', credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-ShopSight-Client': 'chat'},
    body: JSON.stringify({sql, conversationId: conversationId || null}),
  });
  if (res.status === 422) return res.json();
  if (!res.ok) throw await failure(res);
  return res.json();
}

/**
 * Asks a question and streams the answer: handlers.stepStarted(tool, input), step(step),
 * text(delta), then resolves with the Answer. Rejects with an ApiError.
 */
export async function streamAsk(payload, handlers, signal) {
  const res = await fetch('/api/ask/stream', {
    method: 'POST', credentials: 'same-origin', signal,
    headers: {'Content-Type': 'application/json', 'Accept': 'text/event-stream'},
    body: JSON.stringify(payload),
  });
  if (!res.ok) throw await failure(res);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const {value, done} = await reader.read();
    if (done) break;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = parse(frame);
      if (!event) continue;
      if (event.name === 'answer') return event.data;
      if (event.name === 'error') throw new ApiError(500, event.data.code, event.data.message, event.data);
      if (event.name === 'step-started' && handlers.stepStarted) handlers.stepStarted(event.data.tool, event.data.input);
      if (event.name === 'step' && handlers.step) handlers.step(event.data);
      if (event.name === 'text' && handlers.text) handlers.text(event.data.delta);
    }
  }
  throw new ApiError(0, 'stream_ended', 'The connection closed before the answer arrived. Try again.');
}

function parse(frame) {
  let name = 'message';
  const data = [];
  for (const line of frame.split('\n')) {
    if (line.startsWith(':')) continue;
    if (line.startsWith('event:')) name = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  if (!data.length) return null;
  return {name, data: JSON.parse(data.join('\n'))};
}

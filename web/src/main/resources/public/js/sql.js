// SQL syntax highlighting for the SQL panel: a tokenizer that wraps each token's text in a
// span; the text itself goes in as text, never as markup.
import {el} from './dom.js';

const KEYWORDS = new Set(('select from where group by order having limit offset join left right inner outer full cross on '
  + 'using as and or not in is null like ilike between case when then else end with union all distinct except intersect '
  + 'over partition rows range window qualify asc desc nulls first last interval date timestamp true false exists '
  + 'filter recursive lateral pivot unpivot values cast try_cast any some natural asof semi anti').split(' '));

const TOKEN = /(--[^\n]*|\/\*[\s\S]*?\*\/)|('(?:[^']|'')*'?)|("(?:[^"]|"")*"?)|(\b\d+(?:\.\d+)?(?:e[+-]?\d+)?\b)|([A-Za-z_][A-Za-z0-9_]*)(\s*\()?|(\s+)|([^\sA-Za-z0-9_'"]+)/gi;

export function highlight(sql) {
  const out = document.createDocumentFragment();
  for (const m of String(sql).matchAll(TOKEN)) {
    if (m[1]) out.append(el('span', {class: 'tok-comment'}, m[1]));
    else if (m[2]) out.append(el('span', {class: 'tok-string'}, m[2]));
    else if (m[3]) out.append(el('span', {class: 'tok-ident'}, m[3]));
    else if (m[4]) out.append(el('span', {class: 'tok-number'}, m[4]));
    else if (m[5]) {
      const word = m[5];
      if (KEYWORDS.has(word.toLowerCase())) out.append(el('span', {class: 'tok-keyword'}, word));
      else if (m[6]) out.append(el('span', {class: 'tok-function'}, word));
      else out.append(document.createTextNode(word));
      if (m[6]) out.append(document.createTextNode(m[6]));
    } else out.append(document.createTextNode(m[0]));
  }
  return out;
}

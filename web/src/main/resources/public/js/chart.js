// Charts: the answer's Vega-Lite spec drawn by vega-embed from the jar's own copies of Vega.
// Specs are declarative JSON, never code; the AST interpreter runs their expressions so the
// page needs no 'unsafe-eval' in its content security policy.
import {el} from './dom.js';

export function renderChart(spec) {
  const holder = el('div', {class: 'chart', role: 'img', 'aria-label': spec.title ? chartTitle(spec.title) : 'Chart'});
  const draw = () => {
    if (!window.vegaEmbed) {
      holder.append(el('p', {class: 'muted small'}, 'The chart library did not load.'));
      return;
    }
    const width = holder.clientWidth || 600;
    const sized = Object.assign({}, spec, {width: spec.width || 'container', autosize: spec.autosize || {type: 'fit', contains: 'padding'}});
    window.vegaEmbed(holder, sized, {actions: false, ast: true, renderer: 'svg', defaultStyle: false,
      config: {font: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif', view: {stroke: null}, background: null}})
      .catch(err => holder.append(el('p', {class: 'error-box small'}, `The chart could not be drawn: ${err.message}`)));
    if (!width) holder.style.minHeight = '240px';
  };
  // The Vega scripts load deferred; a chart asked for before they are there waits for them.
  if (document.readyState === 'complete' || window.vegaEmbed) requestAnimationFrame(draw);
  else window.addEventListener('load', draw, {once: true});
  return holder;
}

function chartTitle(t) {
  return typeof t === 'string' ? t : (t.text ? [].concat(t.text).join(' ') : 'Chart');
}

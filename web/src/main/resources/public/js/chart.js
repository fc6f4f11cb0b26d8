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
    window.vegaEmbed(holder, sized, {actions: false, ast: true, renderer: 'svg', defaultStyle: false, config: theme(width)})
      .catch(err => holder.append(el('p', {class: 'error-box small'}, `The chart could not be drawn: ${err.message}`)));
    if (!width) holder.style.minHeight = '240px';
  };
  // The Vega scripts load deferred; a chart asked for before they are there waits for them.
  if (document.readyState === 'complete' || window.vegaEmbed) requestAnimationFrame(draw);
  else window.addEventListener('load', draw, {once: true});
  return holder;
}

/** The page's look for every chart; a spec's own config still wins where it sets something. */
function theme(width) {
  return {
    font: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif',
    background: null,
    view: {stroke: null},
    mark: {color: '#4f46e5'},
    range: {category: ['#4f46e5', '#0ea5e9', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#64748b', '#ec4899', '#14b8a6', '#a3a3a3']},
    axis: {labelColor: '#475467', titleColor: '#344054', gridColor: '#eef0f4', domainColor: '#cfd4df', tickColor: '#cfd4df',
      titleFontWeight: 600, labelFontSize: 11, titleFontSize: 12, labelLimit: 160},
    legend: {labelColor: '#475467', titleColor: '#344054'},
    // Long titles end in an ellipsis rather than running off a narrow screen.
    title: {color: '#1c2133', fontSize: 14, fontWeight: 600, anchor: 'start', limit: Math.max(200, width - 40)},
  };
}

function chartTitle(t) {
  return typeof t === 'string' ? t : (t.text ? [].concat(t.text).join(' ') : 'Chart');
}

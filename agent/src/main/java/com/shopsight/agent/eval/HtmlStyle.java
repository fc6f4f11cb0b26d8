package com.shopsight.agent.eval;

/** The report page's style sheet, kept apart so the page's code stays readable. */
final class HtmlStyle {
    private HtmlStyle() {}

    static final String CSS = """
            body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
            h1{margin:0 0 .2em}.meta{color:#666}
            table{border-collapse:collapse;margin:.4em 0}
            th,td{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}
            th{background:#f4f4f4}
            .scores td:nth-child(n+2){text-align:right}.scores .total{font-weight:bold}
            .q{border:1px solid #ddd;border-radius:4px;margin:.4em 0;padding:.3em .6em}
            .q summary{cursor:pointer}
            .badge{display:inline-block;min-width:4.5em;text-align:center;border-radius:3px;color:#fff;font-size:12px}
            .pass .badge{background:#2e7d32}.lenient .badge,.lenient{background:#ef8f00;color:#fff}.fail .badge{background:#c62828}
            .turn{margin:.5em 0 .8em 1em}.ask{font-weight:bold;margin:.2em 0}.ms{color:#888;font-weight:normal}
            .why{color:#b71c1c}.tags,.more,.understood{color:#777;margin:.1em 0}
            .side{display:flex;gap:1.5em;flex-wrap:wrap}.side>div{min-width:20em}
            .answer{white-space:pre-wrap;background:#fafafa;border-left:3px solid #ccc;padding:.3em .6em;margin:.4em 0}
            pre.sql{white-space:pre-wrap;margin:0;font-size:12px;max-width:60em}
            .data td{font-variant-numeric:tabular-nums}
            """;
}

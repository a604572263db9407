extension HTMLReport {
  /// The page's only style sheet, inline. Fonts are local only (a web font would be a fetch);
  /// the stack prefers Arabic faces found on common systems. Logical properties
  /// (`margin-inline-start`, `border-inline-start`) keep the layout right for RTL.
  /// Colours: green insertions, rose deletions, indigo substitutions; findings underlined in
  /// red (critical), orange (major) and amber (minor) — distinct from the diff tints.
  static let styleSheet = """
    :root{--bg:#f6f7f9;--panel:#fff;--ink:#1f2933;--muted:#607080;--line:#e2e6ea;--accent:#0f5e7a;
    --good:#1a7f4b;--warn:#b7791f;--bad:#c0392b;--crit:#b42318;--major:#e8590c;--minor:#d4a106;
    --ins:#d3f5df;--del:#fde0e0;--sub:#e3e4fb;
    font-family:"Noto Naskh Arabic","Noto Sans Arabic","Segoe UI","Geeza Pro","DejaVu Sans",Tahoma,system-ui,sans-serif}
    *{box-sizing:border-box}
    body{margin:0;background:var(--bg);color:var(--ink);font-size:16px;line-height:1.7}
    main{max-width:1240px;margin:0 auto;padding:0 20px 48px}
    .en{color:var(--muted);font-size:.78em;font-weight:400;font-family:system-ui,"Segoe UI","DejaVu Sans",sans-serif}
    code,.num,.meta,.chips,.card-value{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace}
    code{font-size:.82em;word-break:break-all}
    .num{unicode-bidi:isolate}
    a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
    .page-head{background:linear-gradient(135deg,#0f3d55,#0f5e7a);color:#fff;padding:22px 20px 14px}
    .page-head>*{max-width:1200px;margin-inline:auto}
    .brand{font-size:.95rem;opacity:.85}.brand .en{color:#cfe3ec}
    .logo{font-size:1.1rem}
    h1{margin:.2em auto .1em;font-size:1.7rem;line-height:1.3}
    .subtitle{margin:0 auto;opacity:.9;font-size:.95rem}
    .toc{display:flex;flex-wrap:wrap;gap:6px 14px;margin-top:12px}
    .toc a{color:#fff;opacity:.9;border-bottom:1px solid rgba(255,255,255,.35);font-size:.9rem}
    h2{font-size:1.35rem;margin:32px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line)}
    h3{font-size:1.1rem;margin:26px 0 10px}
    .count{display:inline-block;min-width:1.8em;padding:0 .5em;border-radius:99px;background:var(--line);
    font-size:.8rem;text-align:center;vertical-align:middle}
    .cards{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;margin-bottom:12px}
    .card{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:12px 14px;
    border-top:4px solid var(--accent);box-shadow:0 1px 2px rgba(16,24,40,.05)}
    .card.tone-good{border-top-color:var(--good)}.card.tone-warn{border-top-color:var(--warn)}
    .card.tone-bad{border-top-color:var(--bad)}
    .card-title{font-weight:600;font-size:.95rem}
    .card-value{font-size:1.9rem;font-weight:600;line-height:1.2;margin:6px 0 2px;text-align:right}
    .card-suffix{font-size:.95rem;white-space:nowrap;color:var(--muted);font-weight:400}
    .card-hint{font-size:.75rem;color:var(--muted)}
    .card-detail{font-size:.83rem;color:#3e4c59}
    .signatures{margin-top:14px;background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:8px 14px}
    .signatures summary{cursor:pointer;font-weight:600}
    .sig-table{width:100%;border-collapse:collapse;font-size:.85rem;text-align:left}
    .sig-table th{white-space:nowrap;padding:4px 12px 4px 0;vertical-align:top;width:1%}
    .sig-table td{padding:4px 0;border-top:1px solid var(--line)}
    .verbose{color:var(--muted);font-size:.8rem;font-family:ui-monospace,"DejaVu Sans Mono",monospace}
    .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:12px}
    .chart-card{margin:0;background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:12px}
    .chart-card.wide{grid-column:1/-1}
    .chart-card figcaption{font-size:.9rem;font-weight:600;margin-top:6px}
    .chart{width:100%;height:auto;display:block;font-family:system-ui,"DejaVu Sans",sans-serif}
    .chart .axis-label{font-size:14px;fill:#52606d}.chart .value-label{font-size:14px;fill:#1f2933;font-weight:600}
    .chart .axis{stroke:#9aa5b1}.chart .grid{stroke:#eef1f4}.chart .track{fill:#f1f3f5}
    .band-good{fill:var(--good)}.band-warn{fill:var(--warn)}.band-bad{fill:var(--bad)}
    rect.sev-critical{fill:var(--crit)}rect.sev-major{fill:var(--major)}rect.sev-minor{fill:var(--minor)}
    .doc{margin-top:40px}.doc .cards{grid-template-columns:repeat(auto-fill,minmax(180px,1fr))}
    .doc-no{display:inline-block;background:var(--accent);color:#fff;border-radius:6px;padding:0 .45em;font-size:.9em}
    .paths{font-size:.8rem;color:var(--muted);display:flex;flex-wrap:wrap;gap:4px 18px;margin:-4px 0 12px}
    .legend{font-size:.82rem;color:var(--muted);display:flex;flex-wrap:wrap;gap:6px;margin-bottom:10px}
    .legend>*{padding:0 6px;border-radius:4px}
    .toolbar{display:flex;flex-wrap:wrap;gap:8px 18px;margin:0 0 10px;font-size:.9rem}
    .toolbar[hidden]{display:none}
    .toolbar select{font:inherit;padding:2px 6px;border:1px solid var(--line);border-radius:6px;background:#fff}
    .pair{background:var(--panel);border:1px solid var(--line);border-inline-start:5px solid var(--line);
    border-radius:10px;margin:0 0 12px;padding:10px 14px}
    .pair.band-good{border-inline-start-color:var(--good)}.pair.band-warn{border-inline-start-color:var(--warn)}
    .pair.band-bad{border-inline-start-color:var(--bad)}
    .pair:target{box-shadow:0 0 0 3px rgba(15,94,122,.35)}
    .pair-head{display:flex;flex-wrap:wrap;align-items:center;gap:6px 12px;font-size:.82rem;color:var(--muted)}
    .pair-no{font-weight:700;font-size:.95rem}
    .chips{display:flex;flex-wrap:wrap;gap:4px;margin-inline-start:auto}
    .chip{border-radius:99px;padding:0 8px;font-size:.75rem;border:1px solid var(--line);background:#f8fafc;color:var(--ink)}
    .chip b{font-weight:600;color:var(--muted)}
    .chip.band-good{border-color:#a7dcbf;background:#eefaf3}.chip.band-warn{border-color:#f0d39b;background:#fdf7ea}
    .chip.band-bad{border-color:#f1b0a8;background:#fdf0ee}
    .sides{display:grid;grid-template-columns:1fr 1fr;gap:14px;margin-top:6px}
    .side-label{font-size:.75rem;color:var(--muted);border-bottom:1px dashed var(--line);margin-bottom:4px}
    .seg{margin:0;font-size:1.08rem;line-height:2;white-space:pre-wrap;overflow-wrap:anywhere}
    .w-delete{background:var(--del);border-radius:3px;text-decoration:line-through;text-decoration-color:rgba(192,57,43,.45)}
    .w-insert{background:var(--ins);border-radius:3px}
    .w-substitute{background:var(--sub);border-radius:3px}
    mark.f{background:transparent;color:inherit;border-bottom:3px solid;padding-bottom:1px}
    mark.sev-critical{border-color:var(--crit);background:rgba(180,35,24,.08)}
    mark.sev-major{border-color:var(--major)}mark.sev-minor{border-color:var(--minor)}
    .legend mark.f{padding-bottom:0}
    a.fn{font-size:.68em;vertical-align:super;font-weight:700;margin-inline:1px;font-family:system-ui,sans-serif}
    a.fn.sev-critical{color:var(--crit)}a.fn.sev-major{color:var(--major)}a.fn.sev-minor{color:#9a7500}
    .notes{list-style:none;margin:8px 0 0;padding:8px 0 0;border-top:1px solid var(--line);font-size:.88rem}
    .notes li{margin:2px 0}
    .badge{display:inline-block;border-radius:4px;padding:0 6px;font-size:.75rem;font-weight:600;color:#fff;background:var(--muted)}
    .badge.sev-critical{background:var(--crit)}.badge.sev-major{background:var(--major)}
    .badge.sev-minor{background:var(--minor);color:#3d2e00}
    .badge.kind-omission{background:#7c3aed}.badge.kind-addition{background:#0e7490}.badge.kind-boilerplate{background:#8392a5}
    .cat{font-family:system-ui,sans-serif;color:var(--muted);font-size:.8rem}
    .unaligned{list-style:none;margin:0;padding:0}
    .unaligned li{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin-bottom:8px}
    .u-meta{font-size:.78rem;color:var(--muted)}
    .reason{font-size:.8rem;color:var(--muted);font-style:italic}
    .boilerplate{margin-top:8px;background:#fafbfc;border:1px dashed var(--line);border-radius:8px;padding:6px 12px}
    .boilerplate summary{cursor:pointer;color:var(--muted)}
    .empty{color:var(--muted);font-style:italic}
    .table-wrap{overflow-x:auto;background:var(--panel);border:1px solid var(--line);border-radius:10px}
    table.findings{width:100%;border-collapse:collapse;font-size:.88rem}
    table.findings th{background:#f1f4f7;text-align:start;padding:6px 8px;white-space:nowrap;position:sticky;top:0}
    table.sortable th{cursor:pointer}table.sortable th:hover{background:#e6ebf0}
    table.findings td{padding:6px 8px;border-top:1px solid var(--line);vertical-align:top}
    table.findings tr:target td{background:#fff8e1}
    .page-foot{max-width:1200px;margin:0 auto;padding:16px 20px 32px;color:var(--muted);font-size:.8rem;text-align:center}
    @media (max-width:720px){
    body{font-size:15px}main{padding:0 10px 32px}
    .sides{grid-template-columns:1fr}
    .cards{grid-template-columns:repeat(2,1fr);gap:8px}
    .card{padding:10px}
    .sig-table th,.sig-table td{display:block;width:auto;border:0;padding:2px 0}
    .sig-table tr{display:block;border-top:1px solid var(--line);padding:4px 0}
    .card-value{font-size:1.5rem}
    h1{font-size:1.35rem}
    .chips{margin-inline-start:0}
    }
    @media print{.toolbar{display:none}.pair{break-inside:avoid}.page-head{background:none;color:var(--ink)}}
    """
}

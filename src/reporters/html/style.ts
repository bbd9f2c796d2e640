import {accepted, categories, focus, ink, link, muted, panel, paper, severities} from './palette.js'

/** Per-category highlight rules, generated so the palette stays the one source of colour. */
function categoryRules(): string {
  return Object.entries(categories)
    .map(
      ([name, colour]) =>
        `.hl.c-${name}{background:${colour.tint};border-bottom-color:${colour.line}}` +
        `.swatch.c-${name}{background:${colour.tint};border-bottom-color:${colour.line}}`
    )
    .join('\n')
}

function severityRules(): string {
  return Object.entries(severities)
    .map(([name, colour]) => `.badge.s-${name}{color:${colour.text};background:${colour.fill}}`)
    .join('\n')
}

/**
 * The whole style sheet, inline in the page (no external files). Everything
 * that matters for reading works from CSS alone: highlights, and the message
 * under a highlight on hover and on focus; the script only adds interaction.
 */
export function styleSheet(): string {
  return `
*{box-sizing:border-box}
html{color:${ink};background:${paper};font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
body{margin:0}
a{color:${link}}
:focus-visible{outline:3px solid ${focus};outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:${paper};padding:.5rem 1rem;z-index:20}
.skip:focus{left:1rem}
.top{padding:1rem 1.5rem;border-bottom:1px solid #d0d5dd;background:${panel}}
.top h1{margin:0 0 .25rem;font-size:1.5rem}
.summary{margin:0 0 .5rem;color:${muted}}
.keys{margin:.25rem 0}
.keys summary{cursor:pointer}
.keys dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}
.keys dt{font-weight:600}
.keys dd{margin:0}
kbd{font:.85em ui-monospace,monospace;border:1px solid #98a2b3;border-radius:3px;padding:0 .3em;background:${paper}}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.5rem 0 0}
.filters fieldset{border:1px solid #98a2b3;border-radius:4px;margin:0;padding:.25rem .75rem .5rem}
.filters label{margin-right:.9rem;white-space:nowrap}
.filters .status{margin:0;flex-basis:100%}
.status:empty{display:none}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(18rem,26rem);align-items:start}
main{padding:1rem 1.5rem 4rem;min-width:0}
.index h2{font-size:1.2rem;margin:.5rem 0}
.index ol{padding-left:1.5rem}
.doc{margin-bottom:3rem}
.doc h2{font-size:1.2rem;margin:.5rem 0 .25rem;word-break:break-all}
.doc-meta{margin:0 0 1rem;color:${muted}}
.doc-text{position:relative;white-space:pre-wrap;overflow-wrap:break-word;font-family:Georgia,"Times New Roman",serif;font-size:1.05rem;line-height:1.8;max-width:48rem}
.hl{color:${ink};border-bottom:2px solid;padding:0 1px;border-radius:2px 2px 0 0;cursor:help}
.hl.s-error{border-bottom-width:3px}
.hl.s-info{border-bottom-style:dotted}
.hl:focus{outline:3px solid ${focus};outline-offset:1px}
.hl.empty::before{content:"\\2038";font-weight:700}
.hl.accepted{background:${accepted.tint};border-bottom:2px solid ${accepted.line}}
.hl.off{background:transparent;border-bottom-color:transparent;cursor:auto}
.hl.current{box-shadow:0 0 0 2px ${focus}}
${categoryRules()}
.tip{display:none;position:absolute;z-index:10;width:max-content;max-width:min(26rem,80vw);margin:1.9em 0 0 -3em;padding:.5rem .75rem;
  background:${paper};color:${ink};border:1px solid #667085;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.18);
  white-space:normal;font:.9rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.hl:hover+.tip,.hl:focus+.tip,.tip:hover{display:inline-block}
.hl.off+.tip,.hl.dismissed+.tip{display:none}
.tip>span{display:block}
.tip-head{margin-bottom:.2rem}
.rule-id{font:.85em ui-monospace,monospace;color:${muted}}
.badge{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;padding:0 .4em;border-radius:3px;margin-right:.4em}
${severityRules()}
.note{color:${muted}}
.side{position:sticky;top:0;max-height:100vh;overflow:auto;padding:1rem 1.25rem 3rem;background:${panel};border-left:1px solid #d0d5dd}
.side h2{font-size:1.15rem;margin:0 0 .5rem}
.group h3{font-size:1rem;margin:1rem 0 .25rem;display:flex;align-items:center;gap:.5rem}
.count{font-weight:400;color:${muted}}
.swatch{display:inline-block;width:1rem;height:1rem;border-bottom:3px solid;border-radius:2px}
.cards{list-style:none;margin:0;padding:0}
.card{background:${paper};border:1px solid #d0d5dd;border-radius:6px;padding:.4rem .6rem;margin:.35rem 0;font-size:.9rem}
.card.current{border-color:${focus};box-shadow:0 0 0 1px ${focus}}
.card p{margin:.15rem 0}
.jump{font-weight:600}
.loc{font:.85em ui-monospace,monospace;color:${muted};margin-right:.4em}
.fixes{display:flex;flex-wrap:wrap;gap:.3rem;margin-top:.3rem}
button{font:inherit;font-size:.85rem;color:${ink};background:${paper};border:1px solid #667085;border-radius:4px;padding:.1rem .5rem;cursor:pointer}
button:hover{background:#eaecf0}
.card.is-accepted .accept,.card.is-accepted .more{display:none}
.card .undo,.card.is-covered .fixes{display:none}
.card.is-accepted .undo{display:inline-block}
.status{color:${muted}}
.corrected{margin:0 0 1rem;padding:.5rem .75rem;border:1px solid ${accepted.line};border-radius:6px;background:${paper};max-width:48rem}
.corrected textarea{width:100%;min-height:12rem;font:.9rem/1.5 ui-monospace,monospace}
[hidden]{display:none!important}
html:not(.js) .js-only,.js .no-js{display:none}
.elsewhere{margin-top:1rem}
@media (max-width:60rem){.layout{grid-template-columns:1fr}.side{position:static;max-height:none;border-left:0;border-top:1px solid #d0d5dd}}
@media print{.side,.filters,.keys,.corrected,.skip{display:none}.layout{display:block}}
`.trim()
}

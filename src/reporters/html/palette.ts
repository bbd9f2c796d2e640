/**
 * Colours of the report, kept apart from the CSS so a test can prove every
 * text/background pair meets WCAG AA (4.5:1 for text, 3:1 for the borders
 * that carry meaning) instead of trusting eyeballs.
 */
export const ink = '#1b1b1f'
export const muted = '#4a4f5a'
export const paper = '#ffffff'
export const panel = '#f4f5f7'
export const focus = '#1849a9'
export const link = '#1849a9'

/** Highlight tint (text stays `ink` on it) and the underline that tells categories apart. */
export const categories: Record<string, {tint: string; line: string; label: string}> = {
  typo: {tint: '#fde2e2', line: '#b42318', label: 'spelling'},
  name: {tint: '#e0e7ff', line: '#3538cd', label: 'names'},
  phrase: {tint: '#fef0c7', line: '#93370d', label: 'phrases'},
  spacing: {tint: '#d1fadf', line: '#05603a', label: 'spacing'},
  case: {tint: '#f4ebff', line: '#6941c6', label: 'case'},
  consistency: {tint: '#cff9fe', line: '#0e7090', label: 'consistency'},
  'repeated-words': {tint: '#fce7f6', line: '#c11574', label: 'repeated words'},
  other: {tint: '#eaecf0', line: '#475467', label: 'other'}
}

/** Severity badges: text colour on fill. */
export const severities: Record<string, {text: string; fill: string}> = {
  error: {text: '#ffffff', fill: '#b42318'},
  warning: {text: '#1b1b1f', fill: '#fec84b'},
  info: {text: '#ffffff', fill: '#475467'}
}

/** An accepted suggestion: shown in place of the flagged text. */
export const accepted = {tint: '#d1fadf', line: '#05603a'}

/** Every pair the page draws, with the ratio WCAG AA asks of it. */
export function contrastPairs(): Array<{what: string; fg: string; bg: string; min: number}> {
  const pairs = [
    {what: 'body text', fg: ink, bg: paper, min: 4.5},
    {what: 'muted text', fg: muted, bg: paper, min: 4.5},
    {what: 'muted text on panel', fg: muted, bg: panel, min: 4.5},
    {what: 'text on panel', fg: ink, bg: panel, min: 4.5},
    {what: 'links', fg: link, bg: paper, min: 4.5},
    {what: 'links on panel', fg: link, bg: panel, min: 4.5},
    {what: 'focus outline', fg: focus, bg: paper, min: 3},
    {what: 'accepted text', fg: ink, bg: accepted.tint, min: 4.5},
    {what: 'accepted underline', fg: accepted.line, bg: paper, min: 3}
  ]
  for (const [name, colour] of Object.entries(categories)) {
    pairs.push({what: `${name} text`, fg: ink, bg: colour.tint, min: 4.5})
    pairs.push({what: `${name} underline`, fg: colour.line, bg: paper, min: 3})
    pairs.push({what: `focus on ${name}`, fg: focus, bg: colour.tint, min: 3})
  }
  for (const [name, colour] of Object.entries(severities)) {
    pairs.push({what: `${name} badge`, fg: colour.text, bg: colour.fill, min: 4.5})
  }
  return pairs
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number
  ]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

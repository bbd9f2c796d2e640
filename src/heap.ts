import {setFlagsFromString} from 'node:v8'

/**
 * How far V8 lets the heap grow past what is live, for the command line.
 * Left to itself V8 grows the heap to about four times the live data when
 * collecting is cheap, as it is for copydesk (short-lived syntax trees over
 * about 80 MB of dictionaries, gazetteer and reports): an 11 MB archive
 * peaked at 400 MiB. Growing by half of what is live still let it reach 270
 * to 340 MiB, as a collection that fell while a long story's tree was live
 * set the next limit from it; by 30% it peaked at 257 to 283 MiB (260 to
 * 321 before), for 2 to 5% more CPU (README, Speed). `--jobs 2` does without it: two threads and
 * their collectors fill two cores. The flag is read at every collection, so
 * setting it at start works; it is process-wide, so only the CLI sets it,
 * never the library, and `node --heap-growing-percent=N` wins.
 */
export function boundHeapGrowth(percent = 30): void {
  if (process.execArgv.some((flag) => /^--heap[-_]growing[-_]percent\b/.test(flag))) return
  setFlagsFromString(`--heap-growing-percent=${percent}`)
}

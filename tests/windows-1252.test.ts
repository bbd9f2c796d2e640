import {describe, expect, it} from 'vitest'
import {utf8Again, windows1252Bytes} from '../src/text/windows-1252.js'

describe('UTF-8 misread as Windows-1252 (src/text/windows-1252.ts)', () => {
  it('reads the bytes back as UTF-8', () => {
    expect(['cafÃ©', 'Itâ€™s', 'SÃ£o Paulo', 'ErdoÄŸan', 'Å¡', 'ï¿½'].map(utf8Again)).toEqual(['café', 'It’s', 'São Paulo', 'Erdoğan', 'š', '\ufffd'])
  })

  it('gives nothing for a character no byte stands for, nor for bytes that are no UTF-8', () => {
    // U+FFFD stands for a byte lost: 0x81 (Á), 0x8D (Í), 0x8F (Ï), 0x90 (Ð) or 0x9D (Ý), which no one can tell.
    expect(['Ã\ufffd', 'Ã', 'café', 'Ω', '€'].map(utf8Again)).toEqual([undefined, undefined, undefined, undefined, undefined])
    expect(windows1252Bytes('a€ÿ')).toEqual(Uint8Array.of(0x61, 0x80, 0xff))
    expect(windows1252Bytes('\u0081')).toBeUndefined()
  })
})

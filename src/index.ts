export {createProcessor, type Config, type Severity} from './processor.js'
export {ruleIds} from './rules.js'
export {DataError} from './data/yaml-file.js'
export type {Level} from './message.js'

// The engine's public face: the content script, the popup and the command line all call these.
export { analyzeText, analyzeTextSteps, findAttributions } from './analyze';
export { summarizeAttribution } from './score';
export * from './types';

/** Lazily loaded chunk: zxcvbn-ts's language-independent passwords, diceware words and keyboard graphs. */
export { dictionary, adjacencyGraphs } from '@zxcvbn-ts/language-common';

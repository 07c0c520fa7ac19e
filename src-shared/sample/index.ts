export { sampleDataset, sampleToday, type SampleDataset } from './dataset';
export { generateCandidates } from './generate';

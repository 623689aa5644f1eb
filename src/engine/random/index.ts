export { Xoshiro128StarStar, createRandomStream } from './xoshiro128';
export { sampleExponential, sampleServiceTime } from './serviceTimeSample';

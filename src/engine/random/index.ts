export { Xoshiro128StarStar, createRandomStream } from './xoshiro128';

/** server/http — small HTTP helpers shared by the API and the file stores. */
export { ifNoneMatchHits } from './if-none-match';

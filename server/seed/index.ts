/** server/seed — the deterministic demo fair, written into an empty store on first start. */
export { buildDemoExpo, validateDemoExpo, DEMO_EXPO_ID, DEMO_SEED, type DemoExpo } from './demo-expo';
export { seedDemoExpo, seedIfEmpty, type SeedReport } from './seed-demo-expo';
export { SeededRandom } from './prng';
export { seedDemoAccounts, DEMO_ACCOUNTS } from './demo-accounts';

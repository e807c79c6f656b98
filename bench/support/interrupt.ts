/**
 * Runs `cleanup` once if the bench is interrupted (Ctrl-C or SIGTERM), then exits with 130 / 143.
 * Returns the function that removes the handlers, for when the work finished normally.
 */
export function onInterrupt(cleanup: () => Promise<void>): () => void {
  let started = false;
  const handle = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    console.error(`\n${signal}: stopping child servers and removing temporary files…`);
    cleanup()
      .catch((error: unknown) => console.error('cleanup failed:', error))
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
  return () => {
    process.off('SIGINT', handle);
    process.off('SIGTERM', handle);
  };
}

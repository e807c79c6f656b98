/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set by vite.config.ts in dev only: where the hall rooms live when the pages come from vite. */
  readonly VITE_ROOM_ORIGIN?: string;
}

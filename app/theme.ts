import { css } from 'lit';

/** Shared look of the pages: colours and the buttons used everywhere. */
export const theme = css`
  :host {
    --expo-ink: #1d2433;
    --expo-muted: #5b6477;
    --expo-accent: #0b6bcb;
    --expo-accent-ink: #ffffff;
    --expo-surface: #ffffff;
    --expo-line: #dde3ec;
    --expo-danger: #b3261e;
    font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif;
    color: var(--expo-ink);
  }
  button,
  a.button {
    font: inherit;
    border: 1px solid var(--expo-line);
    background: var(--expo-surface);
    color: var(--expo-ink);
    border-radius: 8px;
    padding: 6px 12px;
    cursor: pointer;
    text-decoration: none;
  }
  button.primary,
  a.button.primary {
    background: var(--expo-accent);
    border-color: var(--expo-accent);
    color: var(--expo-accent-ink);
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid #7db3ff;
    outline-offset: 2px;
  }
`;

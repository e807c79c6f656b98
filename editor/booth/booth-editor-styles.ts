import { css } from 'lit';

/** The booth editor's look: a toolbar, three columns (palette and theme · 3D view · properties). */
export const boothEditorStyles = css`
  :host { display: block; color: #1b2a3a; font: 14px/1.4 system-ui, sans-serif; }
  .status { padding: 20px; background: #fff; border-radius: 12px; border: 1px solid #d6e0ea; }
  .status.error, .problem { color: #a4160c; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 8px 0 12px; }
  .toolbar .state { margin-left: auto; color: #44576b; }
  button, a.button, select, input { font: inherit; }
  button, a.button { min-height: 36px; padding: 6px 12px; border-radius: 8px; border: 1px solid #9fb3c8; background: #fff; color: #1b2a3a; cursor: pointer; text-decoration: none; display: inline-flex; align-items: center; }
  button.primary { background: #0b6bcb; border-color: #0b6bcb; color: #fff; }
  button:disabled { opacity: 0.5; cursor: default; }
  button:focus-visible, a.button:focus-visible, canvas:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
  .layout { display: grid; grid-template-columns: 240px minmax(0, 1fr) 260px; gap: 12px; align-items: start; }
  aside { background: #fff; border: 1px solid #d6e0ea; border-radius: 12px; padding: 12px; display: flex; flex-direction: column; gap: 8px; }
  h2 { font-size: 15px; margin: 6px 0 0; }
  label { display: flex; flex-direction: column; gap: 2px; font-size: 13px; min-width: 0; }
  label input:not([type='color']):not([type='file']), label select { width: 100%; box-sizing: border-box; min-height: 30px; }
  label input[type='file'] { max-width: 100%; }
  .palette { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; }
  .palette button { font-size: 13px; padding: 4px 6px; justify-content: center; }
  .stage canvas { width: 100%; height: min(62vh, 560px); display: block; border-radius: 12px; background: #cfd8e2; touch-action: none; }
  .help, .hint { color: #44576b; font-size: 12px; }
  .problem { font-weight: 600; margin: 6px 0 0; }
  .problems { color: #a4160c; margin: 0 0 8px; }
  .items { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 4px; max-height: 200px; overflow: auto; }
  .items button { width: 100%; justify-content: flex-start; min-height: 30px; font-size: 13px; }
  .items button[aria-pressed='true'] { background: #fff3d6; border-color: #f2a900; }
  .gizmo-modes { display: flex; gap: 6px; margin-top: 6px; }
  .gizmo-modes button[aria-checked='true'] { background: #fff3d6; border-color: #f2a900; font-weight: 600; }
  fieldset { min-width: 0; margin: 0; border: 1px solid #d6e0ea; border-radius: 8px; display: flex; flex-direction: column; gap: 6px; }
  .logo img { max-width: 80px; max-height: 40px; vertical-align: middle; }
  @media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
`;

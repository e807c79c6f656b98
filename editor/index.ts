/**
 * editor/ — the booth editor (exhibitors, `/editor`) and the hall layout editor (organizers,
 * `/organizer/halls`). They arrive with issue #6 and will share the engine's renderer for their
 * 3D preview. Until then this folder exports nothing; the layer rules already apply to it
 * (editor may import model and engine only).
 */
export {};

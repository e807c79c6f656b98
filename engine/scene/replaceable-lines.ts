import '@babylonjs/core/Shaders/color.fragment';
import '@babylonjs/core/Shaders/color.vertex';
import { ShaderMaterial } from '@babylonjs/core/Materials/shaderMaterial';
import type { Color3 } from '@babylonjs/core/Maths/math.color';
import type { Vector3 } from '@babylonjs/core/Maths/math.vector';
import { CreateLineSystem } from '@babylonjs/core/Meshes/Builders/linesBuilder';
import type { LinesMesh } from '@babylonjs/core/Meshes/linesMesh';
import type { Scene } from '@babylonjs/core/scene';

/**
 * One line system on screen at a time, replaced often (a selection outline on every edit, a
 * walk path on every click), drawn in one plain colour.
 *
 * Babylon gives each new line mesh its own shader material and releases the compiled shader
 * when the last user goes: replacing the only line mesh deleted the GL program and linked it
 * again. The link is a synchronous round trip to the GPU process, and software GL compiles the
 * shader again on the next draw; in the booth editor's preview that was most of an edit's time
 * to its frame. Here every line mesh shares one material that lives as long as this object, so
 * the shader is compiled once.
 */
export class ReplaceableLines {
  private readonly material: ShaderMaterial;
  private mesh: LinesMesh | undefined;

  constructor(
    private readonly scene: Scene,
    private readonly name: string,
    private readonly options: { renderingGroupId?: number } = {},
  ) {
    // The options Babylon's LinesMesh uses for its own material (one colour, no vertex colours).
    this.material = new ShaderMaterial(`${name}-material`, scene, 'color', { attributes: ['position'], uniforms: ['world', 'viewProjection', 'color'], needAlphaBlending: false }, false);
    this.material.doNotSerialize = true;
  }

  /** Shows these polylines (replacing what was shown); none hides. */
  show(lines: Vector3[][], color: Color3): void {
    this.hide();
    if (lines.length === 0) return;
    const mesh = CreateLineSystem(this.name, { lines, material: this.material }, this.scene);
    mesh.color = color;
    mesh.isPickable = false;
    if (this.options.renderingGroupId !== undefined) mesh.renderingGroupId = this.options.renderingGroupId;
    this.mesh = mesh;
  }

  get visible(): boolean {
    return this.mesh !== undefined;
  }

  hide(): void {
    // Keep the shared material (and so its compiled shader).
    this.mesh?.dispose(false, false, true);
    this.mesh = undefined;
  }

  dispose(): void {
    this.hide();
    this.material.dispose();
  }
}

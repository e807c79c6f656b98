import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import type { Scene } from '@babylonjs/core/scene';

/**
 * The few materials every static mesh of the hall shares. Colours come from vertex colours, so
 * one material serves every booth's walls whatever their theme; a material here is only a
 * finish (matte, satin, glowing screen). Few materials means few draw calls.
 */
export interface StaticMaterials {
  matte: StandardMaterial;
  satin: StandardMaterial;
  screen: StandardMaterial;
  dispose(): void;
}

export function createStaticMaterials(scene: Scene): StaticMaterials {
  const make = (name: string, specular: number, emissive = 0) => {
    const m = new StandardMaterial(name, scene);
    m.diffuseColor = Color3.White();
    m.specularColor = new Color3(specular, specular, specular);
    m.specularPower = 48;
    m.emissiveColor = new Color3(emissive, emissive, emissive);
    return m;
  };
  const matte = make('static-matte', 0.04);
  const satin = make('static-satin', 0.18);
  // Screens glow faintly blue, so they read as "on" without a video yet.
  const screen = make('static-screen', 0.5);
  screen.emissiveColor = new Color3(0.08, 0.16, 0.28);
  const all = [matte, satin, screen];
  return {
    matte,
    satin,
    screen,
    dispose: () => all.forEach((m) => m.dispose(false, true)),
  };
}

/** Freezes a material once its meshes exist: no more shader checks per frame. */
export function freezeMaterials(materials: StaticMaterials): void {
  materials.matte.freeze();
  materials.satin.freeze();
  materials.screen.freeze();
}

import { Color3 } from '@babylonjs/core/Maths/math.color';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Scene } from '@babylonjs/core/scene';
import type { FloorPoint } from '../../model';
import { ENGINE_CONFIG } from '../config';
import { ReplaceableLines } from '../scene/replaceable-lines';

const COLOR = new Color3(0.1, 0.75, 1);
/** Half the size of the cross marking the goal (m). */
const GOAL_MARK = 0.3;

/** The click-to-walk path drawn on the floor, with a cross at its goal. One at a time; owns its mesh. */
export class PathLine {
  private readonly lines: ReplaceableLines;

  constructor(scene: Scene) {
    this.lines = new ReplaceableLines(scene, 'walk-path');
  }

  show(points: readonly FloorPoint[]): void {
    const y = ENGINE_CONFIG.path.lineHeight;
    const goal = points[points.length - 1];
    if (!goal) return this.hide();
    const lines = [
      points.map((p) => new Vector3(p.x, y, p.z)),
      [new Vector3(goal.x - GOAL_MARK, y, goal.z - GOAL_MARK), new Vector3(goal.x + GOAL_MARK, y, goal.z + GOAL_MARK)],
      [new Vector3(goal.x - GOAL_MARK, y, goal.z + GOAL_MARK), new Vector3(goal.x + GOAL_MARK, y, goal.z - GOAL_MARK)],
    ];
    // One line system: the path and the goal's cross in one mesh, one draw call.
    this.lines.show(lines, COLOR);
  }

  get visible(): boolean {
    return this.lines.visible;
  }

  hide(): void {
    this.lines.hide();
  }

  dispose(): void {
    this.lines.dispose();
  }
}

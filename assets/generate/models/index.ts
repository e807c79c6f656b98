/**
 * The catalogue of generated models, in output order. Adding a model means writing one file
 * next to this and listing its builder here; the generator, README table and tests pick it up.
 */
import type { ModelSpec } from '../model-spec';
import { avatar } from './avatar';
import { bottle } from './bottle';
import { boxPackage } from './box-package';
import { chair } from './chair';
import { drone } from './drone';
import { lamp } from './lamp';
import { machine } from './machine';
import { phone } from './phone';
import { robotArm } from './robot-arm';
import { shelfUnit } from './shelf-unit';
import { vehicle } from './vehicle';

export const MODEL_BUILDERS: readonly (() => ModelSpec)[] = [
  machine, chair, bottle, phone, boxPackage, lamp, shelfUnit, vehicle, robotArm, drone, avatar,
];

export const buildAllModels = (): ModelSpec[] => MODEL_BUILDERS.map((build) => build());

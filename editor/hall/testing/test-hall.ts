import type { HallLayout } from '../../../model';

/** A 30 × 20 m hall with a south door and two inline slots side by side (a-2 assigned), for the editor's tests. */
export function testHall(): HallLayout {
  return {
    version: 1,
    id: 'h',
    name: { 'zh-CN': '馆', en: 'Hall' },
    size: { width: 30, depth: 20, height: 8 },
    cutouts: [],
    style: { floorColor: '#cccccc', wallColor: '#ffffff', carpetColor: '#224466' },
    entrances: [{ id: 'main', wall: 'south', offset: 15, width: 4 }],
    spawnPoints: [{ x: 15, z: 1, yaw: 0 }],
    slots: [
      { id: 'a-1', label: 'A-1', x: 10, z: 10, width: 3, depth: 3, rotation: 0, kind: 'inline' },
      { id: 'a-2', label: 'A-2', x: 13, z: 10, width: 3, depth: 3, rotation: 0, kind: 'inline', exhibitorId: 'ex-1' },
    ],
    aisles: [],
    stages: [],
    signage: [],
  };
}

import { describe, expect, it } from 'vitest';
import { summarizeRender, type BuildFigures, type ViewFigures } from './render-summary';

const view = (drawCalls: number, activeMeshes: number, frameCpuMs: number): ViewFigures => ({ drawCalls, activeMeshes, meshes: activeMeshes, frameCpuMs, extra: {} });
const build = (entrance: ViewFigures, centre: ViewFigures, turning: ViewFigures): BuildFigures => ({ firstFrameMs: 812.4, readyMs: 4000, views: { entrance, centre, centreTurning: turning } });

describe('summarizeRender', () => {
  it('takes the worst still view for counts, the mean for CPU time, and checks the budgets', () => {
    const normal = build(view(90, 120, 0.4), view(130, 160, 0.6), view(140, 170, 1.5));
    const naive = build(view(3000, 3100, 9), view(5000, 5100, 11), view(5000, 5100, 12));
    const s = summarizeRender(normal, naive, 350.04);
    expect(s).toMatchObject({ drawCalls: 130, activeMeshes: 160, frameCpuMs: 0.5, naiveFrameCpuMs: 10, cpuRatioVsNaive: 20, frameCpuMsTurning: 1.5, cpuRatioVsNaiveTurning: 8, firstFrameMs: 812, criticalJsKB: 350 });
    expect(s.withinBudgets).toBe(true);
  });

  it('says which budget is missed', () => {
    const normal = build(view(151, 120, 2), view(100, 301, 2), view(100, 100, 2));
    const naive = build(view(1000, 1000, 10), view(1000, 1000, 10), view(1000, 1000, 10));
    const s = summarizeRender(normal, naive, 401);
    expect(s.budgets).toEqual({ drawCalls: false, activeMeshes: false, cpuRatioVsNaive: false, criticalJsKB: false });
    expect(s.withinBudgets).toBe(false);
  });
});

/** What the bench page reports for one camera placement. */
export interface ViewFigures {
  drawCalls: number;
  activeMeshes: number;
  meshes: number;
  /** Mean CPU time (ms) of one `scene.render()` call over 30 frames. */
  frameCpuMs: number;
  extra: Record<string, number | boolean>;
}

/** One build (normal or naive) measured from every view. */
export interface BuildFigures {
  firstFrameMs: number;
  readyMs: number;
  /** Standing still at the entrance (spawn) and at the hall centre, and panning at the centre. */
  views: { entrance: ViewFigures; centre: ViewFigures; centreTurning: ViewFigures };
}

/** The budgets for the stress hall. */
export const RENDER_BUDGETS = { drawCalls: 150, activeMeshes: 300, cpuRatioVsNaive: 10, criticalJsKB: 400 } as const;

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * The benchmark's result: the worst draw calls and active meshes over both still views, the mean
 * render CPU time over both still views for each build, their ratio, and which budgets hold.
 * The panning figures are reported beside them: the active-mesh list is only frozen while the
 * view is still, so a walking visitor pays the `frameCpuMsTurning` figure.
 */
export function summarizeRender(normal: BuildFigures, naive: BuildFigures, criticalJsKB: number) {
  const still = (b: BuildFigures) => [b.views.entrance, b.views.centre];
  const drawCalls = Math.max(...still(normal).map((v) => v.drawCalls));
  const activeMeshes = Math.max(...still(normal).map((v) => v.activeMeshes));
  const mean = (b: BuildFigures) => (b.views.entrance.frameCpuMs + b.views.centre.frameCpuMs) / 2;
  const frameCpuMs = mean(normal);
  const naiveFrameCpuMs = mean(naive);
  const cpuRatioVsNaive = frameCpuMs > 0 ? naiveFrameCpuMs / frameCpuMs : 0;
  const turning = normal.views.centreTurning.frameCpuMs;
  const naiveTurning = naive.views.centreTurning.frameCpuMs;
  const budgets = {
    drawCalls: drawCalls <= RENDER_BUDGETS.drawCalls,
    activeMeshes: activeMeshes <= RENDER_BUDGETS.activeMeshes,
    cpuRatioVsNaive: cpuRatioVsNaive >= RENDER_BUDGETS.cpuRatioVsNaive,
    criticalJsKB: criticalJsKB <= RENDER_BUDGETS.criticalJsKB,
  };
  return {
    drawCalls,
    activeMeshes,
    frameCpuMs: round(frameCpuMs, 3),
    naiveFrameCpuMs: round(naiveFrameCpuMs, 3),
    cpuRatioVsNaive: round(cpuRatioVsNaive, 1),
    frameCpuMsTurning: round(turning, 3),
    naiveFrameCpuMsTurning: round(naiveTurning, 3),
    cpuRatioVsNaiveTurning: turning > 0 ? round(naiveTurning / turning, 1) : 0,
    firstFrameMs: Math.round(normal.firstFrameMs),
    naiveFirstFrameMs: Math.round(naive.firstFrameMs),
    readyMs: Math.round(normal.readyMs),
    naiveReadyMs: Math.round(naive.readyMs),
    criticalJsKB: round(criticalJsKB, 1),
    budgets,
    withinBudgets: Object.values(budgets).every(Boolean),
    views: { normal: normal.views, naive: naive.views },
  };
}

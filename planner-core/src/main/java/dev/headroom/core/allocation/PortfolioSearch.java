package dev.headroom.core.allocation;

import dev.headroom.core.progress.Progress;
import org.chocosolver.solver.ParallelPortfolio;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.SearchState;
import org.chocosolver.solver.search.loop.monitors.IMonitorSolution;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Branch and bound on several threads with Choco's parallel portfolio: one copy of the model per
 * thread, each walking the plans in its own order (the seed plus the thread's number), sharing the
 * best cost found so that every thread prunes by it. The first thread to cover every plan proves
 * the best one. Which thread finds what first depends on timing, so the plan may differ between
 * runs ({@link SearchStop#PARALLEL}); one thread is the deterministic default.
 */
final class PortfolioSearch {

    private final SearchPhase phase;
    private final int threads;
    private final Object lock = new Object();
    private AllocationSolution best;

    PortfolioSearch(SearchPhase phase, int threads) {
        this.phase = phase;
        this.threads = threads;
    }

    /** @param failBudget dead ends each thread may meet */
    SearchPhase.Result run(SearchPhase.Goal goal, UnmetAllowance allowance, AllocationSolution warmStart,
                           long failBudget, long millis) {
        if (millis <= 0) {
            return new SearchPhase.Result(null, false, OptionalLong.empty(), SearchStop.TIME_LIMIT);
        }
        ParallelPortfolio portfolio = new ParallelPortfolio();
        List<AllocationModel> models = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            AllocationModel m = phase.prepare(goal, allowance, warmStart, phase.seed() + i);
            Solver solver = m.model.getSolver();
            solver.limitFail(Math.max(1, failBudget));
            solver.limitTime(millis);
            solver.addStopCriterion(phase.cancellation()::isCancelled);
            solver.plugMonitor((IMonitorSolution) () -> keep(goal, m, solver));
            // Unalterable: each keeps its own search order; reliable: a finished search is a proof.
            portfolio.addModel(m.model, true, true);
            models.add(m);
        }
        while (portfolio.solve()) {
            // each call returns at the next better solution of any thread; the monitors keep it
        }
        boolean complete = false;
        boolean budgetUsed = false;
        long fails = 0;
        long lowest = Long.MAX_VALUE;
        for (AllocationModel m : models) {
            Solver solver = m.model.getSolver();
            complete |= solver.getSearchState() == SearchState.TERMINATED;
            budgetUsed |= solver.getFailCount() >= failBudget;
            fails += solver.getFailCount();
            Number lb = solver.getObjectiveManager().getBestLB();
            if (lb != null) {
                lowest = Math.min(lowest, Math.max(0, lb.longValue()));
            }
        }
        AllocationSolution found;
        synchronized (lock) {
            found = best;
        }
        OptionalLong bound = complete && found != null ? OptionalLong.of(phase.objective(goal, found))
                : lowest == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(lowest);
        SearchStop stop = complete ? SearchStop.FINISHED
                : phase.cancellation().isCancelled() ? SearchStop.CANCELLED
                : budgetUsed ? SearchStop.PARALLEL
                : SearchStop.TIME_LIMIT;
        phase.progress().onProgress(Progress.of(Progress.step("stage.solving"), phase.fraction(),
                Progress.step("solving.threadsEnded", threads, Progress.step("stop." + stop.name()), fails)));
        return new SearchPhase.Result(found, complete, bound, stop);
    }

    /** Keeps a thread's solution when it is the best so far (threads report from their own threads). */
    private void keep(SearchPhase.Goal goal, AllocationModel m, Solver solver) {
        AllocationSolution solution = m.read();
        synchronized (lock) {
            if (best != null && phase.objective(goal, solution) >= phase.objective(goal, best)) {
                return;
            }
            best = solution;
        }
        phase.report(goal, solution, solver);
    }
}

package dev.headroom.core.allocation;

import dev.headroom.core.progress.Progress;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.SearchState;
import org.chocosolver.solver.search.loop.monitors.IMonitorOpenNode;
import org.chocosolver.solver.search.loop.monitors.IMonitorSolution;
import org.chocosolver.solver.variables.IntVar;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Branch and bound on several threads: one copy of the model per thread, each walking the plans in
 * its own order (the seed plus the thread's number), sharing the best cost found so that every
 * thread prunes by it. The first thread to cover every plan proves the best one and stops the rest.
 * Which thread finds what first depends on timing, so the plan may differ between runs
 * ({@link SearchStop#PARALLEL}); one thread is the deterministic default.
 *
 * <p>Choco's own {@code ParallelPortfolio} is not used: it restarts every thread's search at each
 * better plan, and a thread stopped before its search began then wraps the warm start around itself
 * and overflows the stack (about 1 plan in 55 on tiny inputs). Here each thread runs one search from
 * start to end, and takes the others' best cost into its own cut from its own thread.
 */
final class PortfolioSearch {

    private final SearchPhase phase;
    private final int threads;
    private final Object lock = new Object();
    private AllocationSolution best;
    /** The least objective value any thread has found. */
    private final AtomicLong bestObjective = new AtomicLong(Long.MAX_VALUE);
    /** Set once a thread has covered every plan: the best found is then proven. */
    private final AtomicBoolean proven = new AtomicBoolean();

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
        List<AllocationModel> models = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            AllocationModel m = phase.prepare(goal, allowance, warmStart, phase.seed() + i);
            Solver solver = m.model.getSolver();
            solver.limitFail(Math.max(1, failBudget));
            solver.limitTime(millis);
            solver.addStopCriterion(phase.cancellation()::isCancelled);
            solver.addStopCriterion(proven::get);
            solver.plugMonitor((IMonitorSolution) () -> keep(goal, m, solver));
            solver.plugMonitor(new IMonitorOpenNode() {
                @Override
                public void beforeOpenNode() {
                    prune(solver);
                }
            });
            models.add(m);
        }
        searchAll(models);
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

    /** Runs every model's search to its end, one thread each; a thread's failure is rethrown once all have ended. */
    private void searchAll(List<AllocationModel> models) {
        List<Thread> running = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int i = 0; i < models.size(); i++) {
            Solver solver = models.get(i).model.getSolver();
            running.add(Thread.ofPlatform().daemon().name("headroom-search-" + i).start(() -> {
                try {
                    while (solver.solve()) {
                        // each better plan is kept by the solution monitor
                    }
                    if (solver.getSearchState() == SearchState.TERMINATED) {
                        proven.set(true);
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                    proven.set(true); // stops the others: the plan is not to be trusted
                }
            }));
        }
        for (Thread thread : running) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the search threads ran", e);
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a search thread failed: " + failure.get(), failure.get());
        }
    }

    /** Takes the best cost of any thread into this thread's cut (called from the thread's own search). */
    private void prune(Solver solver) {
        long shared = bestObjective.get();
        if (shared < solver.getObjectiveManager().getBestUB().longValue()) {
            solver.getObjectiveManager().updateBestSolution(shared);
        }
    }

    /** Keeps a thread's solution when it is the best so far (threads report from their own threads). */
    private void keep(SearchPhase.Goal goal, AllocationModel m, Solver solver) {
        AllocationSolution solution = m.read();
        bestObjective.accumulateAndGet(((IntVar) m.model.getObjective()).getValue(), Math::min);
        synchronized (lock) {
            if (best != null && phase.objective(goal, solution) >= phase.objective(goal, best)) {
                return;
            }
            best = solution;
        }
        phase.report(goal, solution, solver);
    }
}

package dev.headroom.core.allocation;

import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.Progress;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.core.model.Wording;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.SearchState;
import org.chocosolver.solver.search.limits.FailCounter;
import org.chocosolver.solver.search.loop.lns.neighbors.RandomNeighborhood;
import org.chocosolver.solver.search.loop.move.MoveLNS;
import org.chocosolver.solver.search.loop.monitors.IMonitorSolution;
import org.chocosolver.solver.variables.IntVar;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One branch-and-bound run of the Choco model: minimise one objective from a warm start, until
 * the search space is exhausted (a proof), the time is up, or the planner cancels.
 */
final class SearchPhase {

    enum Goal { LEAST_UNMET, LEAST_COST }

    /** Dead ends each neighbourhood may meet before the next one is tried. */
    private static final int NEIGHBOURHOOD_FAILS = 300;

    /**
     * @param best     the best solution found, or null
     * @param complete whether the search space was exhausted, so {@code best} is proven optimal
     * @param bound    the best proven lower bound on the objective, when the solver knows one
     * @param stop     what ended the search
     */
    record Result(AllocationSolution best, boolean complete, OptionalLong bound, SearchStop stop) {
    }

    private final AllocationProblem pr;
    private final long seed;
    private final ProgressListener progress;
    private final Cancellation cancellation;
    private final long runStart;
    private final long runDeadline;
    private final double knownBound;
    private int threads = 1;

    /**
     * @param knownBound a lower bound on the real cost known before the search, reported with its own
     */
    SearchPhase(AllocationProblem pr, long seed, ProgressListener progress, Cancellation cancellation,
                long runStart, long runDeadline, double knownBound) {
        this.pr = pr;
        this.seed = seed;
        this.progress = progress;
        this.cancellation = cancellation;
        this.runStart = runStart;
        this.runDeadline = runDeadline;
        this.knownBound = knownBound;
    }

    /**
     * @param failBudget    the most dead ends the search may meet: the deterministic limit
     * @param phaseDeadline the wall-clock safety net (System.nanoTime), for machines far slower than expected
     */
    Result run(Goal goal, UnmetAllowance allowance, AllocationSolution warmStart, long failBudget, long phaseDeadline) {
        return run(goal, allowance, warmStart, failBudget, phaseDeadline, false);
    }

    /** Searches with this many threads ({@link PortfolioSearch}) where more than one is asked for. */
    SearchPhase withThreads(int n) {
        this.threads = Math.max(1, n);
        return this;
    }

    Cancellation cancellation() {
        return cancellation;
    }

    ProgressListener progress() {
        return progress;
    }

    long seed() {
        return seed;
    }

    /**
     * @param neighbourhoods whether to search by large neighbourhoods: from each better plan, free the
     *                       pools of a seeded random share of the workloads, keep the rest, and search
     *                       again for a while (a few hundred dead ends). Finds better plans in large
     *                       fleets where plain branch and bound stays near its start, but never proves.
     */
    Result run(Goal goal, UnmetAllowance allowance, AllocationSolution warmStart, long failBudget, long phaseDeadline,
               boolean neighbourhoods) {
        if (cancellation.isCancelled()) {
            return new Result(null, false, OptionalLong.empty(), SearchStop.CANCELLED);
        }
        if (phaseDeadline <= System.nanoTime()) {
            return new Result(null, false, OptionalLong.empty(), SearchStop.TIME_LIMIT);
        }
        progress.onProgress(Progress.of(Progress.step("stage.solving"), fraction(), Progress.step(goal == Goal.LEAST_COST
                ? "solving.cheapest" : "solving.leastUnmet")));
        long millis = (phaseDeadline - System.nanoTime()) / 1_000_000;
        if (threads > 1 && !neighbourhoods) {
            return new PortfolioSearch(this, threads).run(goal, allowance, warmStart, failBudget, millis);
        }
        AllocationModel m = prepare(goal, allowance, warmStart, seed);
        millis = (phaseDeadline - System.nanoTime()) / 1_000_000;
        if (cancellation.isCancelled()) {
            return new Result(null, false, OptionalLong.empty(), SearchStop.CANCELLED);
        }
        if (millis <= 0) {
            return new Result(null, false, OptionalLong.empty(), SearchStop.TIME_LIMIT);
        }
        Solver solver = m.model.getSolver();
        IntVar[] freed = neighbourhoodVariables(m);
        if (neighbourhoods && freed.length > 1) {
            int share = Math.max(2, Math.min(30, freed.length / 10));
            solver.setMove(new MoveLNS(solver.getMove(), new RandomNeighborhood(freed, share, seed),
                    new FailCounter(m.model, NEIGHBOURHOOD_FAILS)));
        }
        solver.limitFail(Math.max(1, failBudget));
        solver.limitTime(millis);
        solver.addStopCriterion(cancellation::isCancelled);
        AllocationSolution[] best = {null};
        if (goal == Goal.LEAST_COST && knownBound > 0 && allowance.isNone()) {
            // A plan at the known bound is proven cheapest: neighbourhoods need not go on looking.
            solver.addStopCriterion(() -> best[0] != null && best[0].realCost(pr) <= knownBound * (1 + 1e-12));
        }
        solver.plugMonitor((IMonitorSolution) () -> {
            best[0] = m.read();
            report(goal, best[0], solver);
        });
        while (solver.solve()) {
            // each call returns at the next better solution; the monitor keeps it
        }
        // A neighbourhood search that ends by itself has tried its neighbourhoods, not every plan.
        boolean complete = solver.getSearchState() == SearchState.TERMINATED && !neighbourhoods;
        Number lb = solver.getObjectiveManager().getBestLB();
        OptionalLong bound = complete && best[0] != null
                ? OptionalLong.of(objective(goal, best[0]))
                : lb == null ? OptionalLong.empty() : OptionalLong.of(Math.max(0, lb.longValue()));
        SearchStop stop = complete ? SearchStop.FINISHED
                : cancellation.isCancelled() ? SearchStop.CANCELLED
                : solver.getFailCount() >= failBudget ? SearchStop.BUDGET
                : SearchStop.TIME_LIMIT;
        progress.onProgress(Progress.of(Progress.step("stage.solving"), fraction(), Progress.step("solving.ended",
                Progress.step("stop." + stop.name()), solver.getFailCount(), solver.getNodeCount())));
        return new Result(best[0], complete, bound, stop);
    }

    /** What a neighbourhood frees: the workloads' pools, and the nodes of node-placed workloads. */
    private static IntVar[] neighbourhoodVariables(AllocationModel m) {
        if (m.nodes == null) {
            return m.pools;
        }
        IntVar[] nodes = m.nodes.searchOrder();
        IntVar[] all = Arrays.copyOf(m.pools, m.pools.length + nodes.length);
        System.arraycopy(nodes, 0, all, m.pools.length, nodes.length);
        return all;
    }

    /** The model of one search: the bound as a cut, the objective, the search order with the seed, the warm start. */
    AllocationModel prepare(Goal goal, UnmetAllowance allowance, AllocationSolution warmStart, long searchSeed) {
        AllocationModel m = new AllocationModel(pr, allowance,
                goal == Goal.LEAST_COST && warmStart != null ? warmStart.cost(pr) : Long.MAX_VALUE);
        Solver solver = m.model.getSolver();
        IntVar objective = goal == Goal.LEAST_COST ? m.cost : m.totalUnmet;
        if (goal == Goal.LEAST_COST && knownBound > 0 && allowance.isNone()) {
            // Every plan meeting all demand costs at least the known bound; scaled costs are rounded
            // up, so the scaled cost is at least the bound scaled. Reaching it ends the search as a proof.
            double scaled = knownBound * Math.pow(10, pr.costExponent) * (1 - 1e-12);
            m.model.arithm(m.cost, ">=", (int) Math.min(m.cost.getUB(), Math.ceil(scaled))).post();
        }
        m.model.setObjective(Model.MINIMIZE, objective);
        solver.setSearch(goal == Goal.LEAST_COST
                ? AllocationSearch.cheapestFirst(m, searchSeed)
                : AllocationSearch.mostCapacityFirst(m, searchSeed));
        m.hint(solver, warmStart);
        return m;
    }

    double fraction() {
        if (runDeadline <= runStart) {
            return 1;
        }
        return Math.clamp((System.nanoTime() - runStart) / (double) (runDeadline - runStart), 0, 1);
    }

    long objective(Goal goal, AllocationSolution s) {
        return goal == Goal.LEAST_COST ? s.cost(pr) : s.totalUnmet();
    }

    void report(Goal goal, AllocationSolution s, Solver solver) {
        double elapsed = (System.nanoTime() - runStart) / 1e9;
        Wording message = goal == Goal.LEAST_COST
                ? Progress.step("solving.cheaper", s.realCost(pr), elapsed)
                : Progress.step("solving.lessUnmet", elapsed);
        Number lb = solver.getObjectiveManager().getBestLB();
        double searchBound = lb == null ? 0 : pr.costRatio() * pr.realCostOf(Math.max(0, lb.longValue()));
        OptionalDouble bound = goal == Goal.LEAST_COST
                ? OptionalDouble.of(Math.min(s.realCost(pr), Math.max(knownBound, searchBound)))
                : OptionalDouble.empty();
        progress.onProgress(Progress.of(Progress.step("stage.solving"), fraction(), message, OptionalDouble.of(s.realCost(pr)), bound));
    }
}

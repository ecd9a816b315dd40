package dev.headroom.core.allocation;

import dev.headroom.core.model.Settings;
import dev.headroom.core.model.Wording;
import java.time.Duration;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.Progress;
import dev.headroom.core.progress.ProgressListener;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Finds the cheapest plan of placements and purchases, then, keeping its cost, the one that buys as
 * late as possible ({@link PurchaseTiming}) with pools evenly used ({@link UtilizationBalancer}).
 * The steps:
 * <ol>
 *   <li>a greedy start ({@link GreedyAllocator}) whose pools' purchases are then re-solved exactly
 *   per pool ({@link PoolPurchaseOptimizer}), its workloads then reshuffled between pools
 *   ({@link PoolReshuffle}); a lower bound ({@link CostLowerBound}, rounded up to
 *   the step costs move in, {@link CostGrain});</li>
 *   <li>when the start may leave more demand unmet than necessary, a search for the least unmet
 *   demand; then the cheapest plan leaving no more than that, so that the cost objective stays
 *   clean;</li>
 *   <li>branch and bound from the start with a third of the budget, the bound posted as a cut, so
 *   that reaching it proves the plan; unproven, large neighbourhoods with the rest on small fleets;</li>
 *   <li>unproven plans get their pools' purchases re-solved once more.</li>
 * </ol>
 *
 * <p>The search runs on one thread and is bounded by a budget of dead ends, so it returns the same
 * plan for the same problem, budget and seed on every machine. The time limit is only a safety net:
 * when it, or a cancel, ends the search first, the plan says so ({@link Allocation#stop()}).
 * The plan chosen is put in the planner's words, with its status and bound, by {@link ChosenPlan}.
 */
public final class Allocator {

    /**
     * Share of the time limit by which the greedy start's node packing stops searching for packings
     * onto fewer nodes (a safety net: its step budgets normally end it far sooner).
     */
    private static final double PACKING_SHARE = 0.6;

    /** Share of the time limit by which the greedy start's placement search stops (a safety net, as above). */
    private static final double PLACEMENT_SHARE = 0.3;

    /** Share of the time limit by which the reshuffle of workloads between pools stops (a safety net, as above). */
    private static final double RESHUFFLE_SHARE = 0.6;

    /** Share of the time left that the unmet-demand phase may use, when it is needed. */
    private static final double UNMET_PHASE_SHARE = 0.25;

    /**
     * Dead ends the search may meet per second of the settings' time limit: the deterministic
     * budget. On one core of a 2-core machine the search meets 5,000–35,000 a second (fewer on large
     * fleets, whose neighbourhood restarts propagate the whole model), so the budget normally ends
     * it well within the time limit, leaving the rest for forecasting and slower machines.
     */
    public static final long FAILS_PER_SECOND = 4_000;

    /** Fleets up to this many workloads go on by large neighbourhoods after branch and bound. */
    private static final int MOST_WORKLOADS_FOR_NEIGHBOURHOODS = 150;

    /** Dead ends the per-pool purchase optimizer may meet in each pool (enough on fleets of 20 pools × 24 periods). */
    private static final long PURCHASE_FAILS_PER_POOL = 200;

    /** Model size (workloads + pools × node types × periods) up to which a dead end costs about the same. */
    static final int REFERENCE_SIZE = 1_000;

    /** Allocates with the budget and safety time limit the settings give, counted from now. */
    public Allocation allocate(AllocationProblem pr, Settings settings, ProgressListener progress,
                               Cancellation cancellation) {
        return allocate(pr, Duration.ofNanos((long) (settings.timeLimitSeconds() * 1e9)), budgetFor(settings, pr),
                settings.seed(), settings.threads(), progress, cancellation);
    }

    /**
     * The deterministic search budget: it depends on the time limit set and the problem's size, not
     * on time spent. Dead ends in larger models cost more (every one propagates more constraints),
     * so beyond {@link #REFERENCE_SIZE} the budget shrinks in proportion.
     */
    public static long budgetFor(Settings settings, AllocationProblem pr) {
        long size = pr.workloads + (long) pr.pools * pr.nodeTypes * pr.horizon;
        double scale = Math.min(1.0, REFERENCE_SIZE / (double) Math.max(1, size));
        return Math.max(1_000, (long) (settings.timeLimitSeconds() * FAILS_PER_SECOND * scale));
    }

    /**
     * @param timeLimit    the wall-clock safety net for the whole allocation; the greedy start plan is
     *                     made even when the time is already up
     * @param failBudget   the dead ends the search may meet in total: the limit that normally ends it,
     *                     the same on every machine
     * @param seed         breaks ties in the order workloads are placed
     * @param progress     told of each better plan with its cost and the best bound known
     * @param cancellation asked during the search; when it answers true the best plan so far is returned
     */
    public Allocation allocate(AllocationProblem pr, Duration timeLimit, long failBudget, long seed,
                               ProgressListener progress, Cancellation cancellation) {
        return allocate(pr, timeLimit, failBudget, seed, 1, progress, cancellation);
    }

    /**
     * As {@link #allocate(AllocationProblem, Duration, long, long, ProgressListener, Cancellation)},
     * with branch and bound on {@code threads} threads ({@link PortfolioSearch}, each thread with
     * the budget) when more than one is asked for: often faster to a proof, but then the plan may
     * differ between runs.
     */
    public Allocation allocate(AllocationProblem pr, Duration timeLimit, long failBudget, long seed, int threads,
                               ProgressListener progress, Cancellation cancellation) {
        if (!pr.movesAllowed) {
            return solve(pr, timeLimit, failBudget, seed, threads, progress, cancellation, null).allocation();
        }
        // With moves, first the cheapest plan keeping each workload in one pool, with half the budget and
        // time (its bounds are not the moving plan's, so they are not reported); the search over a pool
        // per period starts from it, so the plan is never dearer than that one and the search only has
        // to find the moves that pay.
        long start = System.nanoTime();
        ProgressListener withoutBounds = p -> progress.onProgress(new Progress(p.stage(), p.fraction(), p.message(),
                p.bestCost(), OptionalDouble.empty(), p.stageWords(), p.messageWords()));
        Solved staying = solve(pr.withoutMoves(), timeLimit.dividedBy(2), failBudget / 2, seed, threads,
                withoutBounds, cancellation, null);
        Duration left = timeLimit.minusNanos(System.nanoTime() - start);
        Allocation moving = solve(pr, left.isNegative() ? Duration.ZERO : left, failBudget - failBudget / 2, seed,
                threads, progress, cancellation, staying.chosen()).allocation();
        SearchStop stop = SearchStop.worse(staying.allocation().stop(), moving.stop());
        return new Allocation(moving.status(), moving.cost(), moving.lowerBound(), moving.poolOf(), moving.nodeOf(),
                moving.purchases(), moving.unmet(), moving.moves(), stop);
    }

    /**
     * The plan that keeps each workload in one pool, or the moves that pay from it ({@link MoveSearch})
     * with each pool's purchases made cheaper, whichever leaves less unmet, then costs less.
     */
    private static AllocationSolution withMovesThatPay(AllocationProblem pr, AllocationSolution staying,
                                                       long deadline) {
        AllocationSolution moved = MoveSearch.improve(pr, staying, deadline);
        if (moved == staying) {
            return staying;
        }
        moved = PoolPurchaseOptimizer.improve(pr, moved, PURCHASE_FAILS_PER_POOL);
        boolean better = moved.totalUnmet() < staying.totalUnmet()
                || (moved.totalUnmet() == staying.totalUnmet() && moved.cost(pr) < staying.cost(pr));
        return better ? moved : staying;
    }

    /** The plan chosen in the solver's integers, and in the planner's words. */
    private record Solved(AllocationSolution chosen, Allocation allocation) {
    }

    /**
     * @param staying with moves allowed, the plan found without them, started from instead of the greedy
     *                plan (it is no worse); null to start from the greedy plan
     */
    private Solved solve(AllocationProblem pr, Duration timeLimit, long failBudget, long seed, int threads,
                         ProgressListener progress, Cancellation cancellation, AllocationSolution staying) {
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        // The greedy places and buys, and its placement is improved by moving workloads between pools.
        // Node-placed workloads are then packed onto single nodes; each pool's purchases for that
        // placement are then made cheaper.
        AllocationSolution greedy = staying != null
                ? withMovesThatPay(pr, staying, start + (long) (timeLimit.toNanos() * PLACEMENT_SHARE))
                : PoolPurchaseOptimizer.improve(pr,
                NodePacker.pack(pr, PlacementSearch.improve(pr, GreedyAllocator.solve(pr, seed),
                        start + (long) (timeLimit.toNanos() * PLACEMENT_SHARE)),
                        start + (long) (timeLimit.toNanos() * PACKING_SHARE)),
                PURCHASE_FAILS_PER_POOL);
        double relaxation = CostGrain.of(pr).roundUp(Math.max(CostLowerBound.of(pr), NodeLowerBound.of(pr)));
        reportStart(pr, progress, Progress.step("solving.greedy"), greedy, relaxation);
        if (staying == null && !cancellation.isCancelled()) {
            // (with moves, the plan started from was reshuffled when it was made)
            AllocationSolution reshuffled = PoolReshuffle.improve(pr, greedy,
                    start + (long) (timeLimit.toNanos() * RESHUFFLE_SHARE), cancellation);
            if (reshuffled != greedy) {
                greedy = reshuffled;
                reportStart(pr, progress, Progress.step("solving.reshuffled"), greedy, relaxation);
            }
        }

        // Phase 1, only when the greedy plan may leave more unmet than necessary.
        AllocationSolution incumbent = greedy;
        SearchStop stop = SearchStop.FINISHED;
        long[][] leastUnmet = UnmetLowerBound.of(pr);
        boolean unmetProven = leavesNoMoreThan(pr, incumbent, leastUnmet);
        long costBudget = failBudget;
        if (!unmetProven && !cancellation.isCancelled()) {
            long phaseEnd = System.nanoTime() + (long) ((deadline - System.nanoTime()) * UNMET_PHASE_SHARE);
            long unmetBudget = (long) (failBudget * UNMET_PHASE_SHARE);
            costBudget = failBudget - unmetBudget;
            SearchPhase.Result least = new SearchPhase(pr, seed, progress, cancellation, start, deadline, 0)
                    .run(SearchPhase.Goal.LEAST_UNMET, UnmetAllowance.upTo(incumbent.totalUnmet()), incumbent,
                            unmetBudget, phaseEnd);
            stop = SearchStop.worse(stop, least.stop());
            if (least.best() != null && least.best().totalUnmet() < incumbent.totalUnmet()) {
                incumbent = PurchaseTiming.tidy(pr, least.best());
            }
            unmetProven = least.complete() || leavesNoMoreThan(pr, incumbent, leastUnmet);
        }

        // Phase 2: the cheapest plan leaving no more unmet in any resource and period.
        UnmetAllowance allowance = UnmetAllowance.asIn(pr, incumbent);
        // The relaxation bounds plans that meet all demand; with unmet demand allowed it may not hold.
        double knownBound = allowance.isNone() ? relaxation : 0;
        boolean reachesBound = allowance.isNone() && incumbent.realCost(pr) <= relaxation * (1 + 1e-12);
        // Branch and bound first, which proves small plans; what it leaves unproven goes on by large
        // neighbourhoods from its best plan, with the rest of the budget, on fleets small enough for
        // the neighbourhoods' restarts to be cheap (on larger ones each restart propagates the whole
        // model: a few hundred dead ends in ten seconds on 2,000 workloads).
        long proofBudget = costBudget / 3;
        SearchPhase.Result cheapest = reachesBound
                ? new SearchPhase.Result(null, true, OptionalLong.empty(), SearchStop.FINISHED)
                : new SearchPhase(pr, seed, progress, cancellation, start, deadline, knownBound).withThreads(threads)
                        .run(SearchPhase.Goal.LEAST_COST, allowance, incumbent, proofBudget, deadline);
        stop = SearchStop.worse(stop, cheapest.stop());
        boolean searchWins = cheapest.best() != null && cheapest.best().cost(pr) <= incumbent.cost(pr);
        boolean searchImproved = searchWins && cheapest.best().cost(pr) < incumbent.cost(pr);
        AllocationSolution best = searchWins ? cheapest.best() : incumbent;
        boolean budgetUsed = cheapest.stop() == SearchStop.BUDGET || cheapest.stop() == SearchStop.PARALLEL;
        if (!cheapest.complete() && budgetUsed && pr.workloads <= MOST_WORKLOADS_FOR_NEIGHBOURHOODS) {
            SearchPhase.Result wider = new SearchPhase(pr, seed, progress, cancellation, start, deadline, knownBound)
                    .run(SearchPhase.Goal.LEAST_COST, allowance, best, costBudget - proofBudget, deadline, true);
            // Neighbourhoods that run out by themselves have used what they were given, like a budget.
            stop = SearchStop.worse(stop, wider.stop() == SearchStop.FINISHED ? SearchStop.BUDGET : wider.stop());
            if (wider.best() != null && wider.best().cost(pr) < best.cost(pr)) {
                best = wider.best();
                searchWins = true;
                searchImproved = true;
            }
        }
        if (!cheapest.complete() && searchImproved && !cancellation.isCancelled()) {
            // Unproven: each pool's purchases for the placement the search found may still be bought
            // cheaper (the greedy start's were made cheaper already).
            best = PoolPurchaseOptimizer.improve(pr, best, PURCHASE_FAILS_PER_POOL);
        }
        AllocationSolution chosen = NodeNumbering.stable(pr,
                PurchaseTiming.tidy(pr, UtilizationBalancer.balance(pr, best)));
        chosen.violation(pr).ifPresent(v -> {
            throw new IllegalStateException("the allocation breaks its own model: " + v);
        });
        // Proven when the search covered every plan and kept its best, or when the plan reaches the bound.
        boolean proven = (cheapest.complete() && (searchWins || reachesBound))
                || (allowance.isNone() && chosen.realCost(pr) <= relaxation * (1 + 1e-12));
        return new Solved(chosen,
                ChosenPlan.allocation(pr, chosen, proven, cheapest.bound(), allowance, relaxation, unmetProven, stop));
    }

    /** Tells of a plan to start the search from, with its cost and, when it meets all demand, the bound. */
    private static void reportStart(AllocationProblem pr, ProgressListener progress, Wording message,
                                    AllocationSolution plan, double relaxation) {
        progress.onProgress(Progress.of(Progress.step("stage.solving"), 0, message,
                OptionalDouble.of(plan.realCost(pr)),
                plan.totalUnmet() == 0 ? OptionalDouble.of(Math.min(relaxation, plan.realCost(pr))) : OptionalDouble.empty()));
    }

    /** Whether the solution leaves no more unmet demand in any resource and period than the bound. */
    private static boolean leavesNoMoreThan(AllocationProblem pr, AllocationSolution s, long[][] least) {
        UnmetAllowance left = UnmetAllowance.asIn(pr, s);
        for (int r = 0; r < pr.resources; r++) {
            for (int t = 0; t < pr.horizon; t++) {
                if (left.perResourcePeriod()[r][t] > least[r][t]) {
                    return false;
                }
            }
        }
        return true;
    }
}

package dev.headroom.core.allocation;

import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlacementMode;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.PurchaseBudget;
import dev.headroom.core.model.Workload;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the parts of {@link AllocationProblem} promise, on seeded inputs whose figures span from
 * thousandths to hundreds of billions with prices of many decimals: every figure rounds the safe way
 * by less than one unit, the scales keep the largest figures within the solver's limits, purchase
 * limits are enough for all the demand a pool may carry, and the placement rules follow the input.
 */
class AllocationProblemPartsTest {

    static Stream<PlanningInput> inputs() {
        return LongStream.rangeClosed(1, 60).boxed().flatMap(seed -> Stream.of(
                TinyInstances.generate(seed), TinyInstances.withMoves(seed), oddFigures(seed)));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void resourceFiguresRoundTheSafeWayWithinTheSolversLimits(PlanningInput input) {
        AllocationProblem pr = problemOf(input);
        double limit = Math.min(1e7, 1e9 / ((double) pr.resources * pr.horizon));
        for (int r = 0; r < pr.resources; r++) {
            int e = pr.resourceExponent[r];
            for (int t = 0; t < pr.horizon; t++) {
                double fleet = 0;
                for (int w = 0; w < pr.workloads; w++) {
                    assertRoundedUp(pr.demand[w][r][t], Scaling.exact(pr.realDemand[w][r][t]), e);
                    fleet += pr.realDemand[w][r][t];
                }
                if (e > Scaling.MIN_EXPONENT) {
                    assertThat(fleet * Math.pow(10, e)).isLessThanOrEqualTo(limit * (1 + 1e-9));
                }
            }
            for (int k = 0; k < pr.nodeTypes; k++) {
                BigDecimal capacity = Scaling.exact(input.nodeTypes().get(k).capacityOf(pr.resourceName(r)));
                BigDecimal usable = Scaling.exact(pr.resource(r).targetUtilization()).multiply(capacity);
                assertRoundedDown(pr.nodeUsable[k][r], usable, e);
                for (int p = 0; p < pr.pools; p++) {
                    BigDecimal reserve = BigDecimal.valueOf(input.pools().get(p).haNodes()).multiply(capacity);
                    assertRoundedUp(pr.typeReserve[p][k][r], reserve, e);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void moneyRoundsTheSafeWayAtTheFinestScaleTheDearestPlanAllows(PlanningInput input) {
        AllocationProblem pr = problemOf(input);
        int e = pr.costExponent;
        boolean whole = Scaling.isWhole(pr.realMoveCost(), e);
        for (int k = 0; k < pr.nodeTypes; k++) {
            assertRoundedUp(pr.nodeCost[k], Scaling.exact(pr.realCost(k)), e);
            whole &= Scaling.isWhole(pr.realCost(k), e);
            assertThat(pr.realCost(k)).isGreaterThanOrEqualTo(
                    pr.costRatio() * pr.realCostOf(pr.nodeCost[k]) * (1 - 1e-12));
        }
        assertRoundedUp(pr.moveCost, Scaling.exact(pr.realMoveCost()), e);
        assertThat(pr.costsExact).isEqualTo(whole);
        assertThat(pr.costRatio()).isGreaterThan(0).isLessThanOrEqualTo(1);
        if (pr.costsExact) {
            assertThat(pr.costRatio()).isEqualTo(1);
        }
        assertThat(e).isLessThanOrEqualTo(2);
        if (e > Scaling.MIN_EXPONENT) {
            assertThat(dearestPlan(pr, e)).isLessThanOrEqualTo(CostScaling.COST_LIMIT);
            assertThat(dearestPrice(pr, e)).isLessThanOrEqualTo(CostScaling.COST_LIMIT);
        }
        if (e < 2) {
            assertThat(Math.max(dearestPlan(pr, e + 1), dearestPrice(pr, e + 1))).isGreaterThan(CostScaling.COST_LIMIT);
        }
        long[] expected = new long[pr.horizon];
        Arrays.fill(expected, AllocationProblem.NO_BUDGET);
        for (PurchaseBudget b : input.budgets()) {
            int o = pr.periods.indexOf(b.period());
            if (o >= 0) {
                assertRoundedDown(pr.budget[o], Scaling.exact(b.amount()), e);
                expected[o] = pr.budget[o];
            }
        }
        assertThat(pr.budget).containsExactly(expected);
    }

    /**
     * A node priced at 30 million (in won, say) that cannot arrive within the horizon is never worth
     * buying, so it added nothing to the dearest plan; its price in cents was beyond the solver's
     * integers, and planning stopped with an ArithmeticException.
     */
    @Test
    void aNodeTooDearForCentsButNeverWorthBuyingStillPlans() {
        PlanningInput input = InputBuilder.monthly("2026-01", 2)
                .resource("cpu", 0.8).pool("a")
                .nodeType("big", 30_000_000, 3, "cpu", 64)
                .existing("a", "big", 2)
                .workload("w").demand("w", "cpu", 10, 12).build();
        AllocationProblem pr = problemOf(input);
        assertThat(pr.purchaseLimit[0][0]).isZero();
        assertThat(pr.costExponent).isLessThan(2);
        assertThat(pr.realCostOf(pr.nodeCost[0])).isEqualTo(30_000_000);
        Plan plan = Planning.plan(input);
        assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
        assertThat(plan.totalCost()).isZero();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void purchaseLimitsHoldAllTheDemandAPoolMayCarry(PlanningInput input) {
        AllocationProblem pr = problemOf(input);
        for (int p = 0; p < pr.pools; p++) {
            int nodePlaced = 0;
            for (int w = 0; w < pr.workloads; w++) {
                nodePlaced += pr.nodePlaced[w] && pr.mayRunIn(w, p) ? 1 : 0;
            }
            for (int r = 0; r < pr.resources; r++) {
                for (int t = 0; t < pr.horizon; t++) {
                    long load = 0;
                    for (int w = 0; w < pr.workloads; w++) {
                        load += pr.mayRunIn(w, p) ? pr.demand[w][r][t] : 0;
                    }
                    assertThat(pr.mostLoad[p][r][t]).isEqualTo(load);
                }
            }
            for (int k = 0; k < pr.nodeTypes; k++) {
                int limit = pr.purchaseLimit[p][k];
                assertThat(limit).isBetween(0, pr.maxNodes[p]);
                if (!pr.canArrive(k, pr.horizon - 1)) {
                    assertThat(limit).isZero();
                    continue;
                }
                if (limit == pr.maxNodes[p]) {
                    continue;
                }
                long forDemand = limit > 0 ? limit - nodePlaced : 0;
                for (int r = 0; r < pr.resources; r++) {
                    for (int t = 0; t < pr.horizon && pr.nodeUsable[k][r] > 0; t++) {
                        assertThat(forDemand * pr.nodeUsable[k][r])
                                .isGreaterThanOrEqualTo(pr.mostLoad[p][r][t] + pr.mostReserve(p, r));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void placementRulesFollowTheInput(PlanningInput input) {
        PlacementRules rules = new PlacementRules(input);
        Set<Integer> grouped = new HashSet<>();
        for (int[] group : rules.antiAffinity) {
            assertThat(group.length).isGreaterThan(1);
            String name = input.workloads().get(group[0]).antiAffinity().orElseThrow();
            for (int w : group) {
                assertThat(rules.nodePlaced[w]).isTrue();
                assertThat(input.workloads().get(w).antiAffinity()).contains(name);
                assertThat(grouped.add(w)).as("workload %d in one group", w).isTrue();
            }
        }
        boolean[] takesNodes = new boolean[input.pools().size()];
        for (int w = 0; w < input.workloads().size(); w++) {
            Workload workload = input.workloads().get(w);
            assertThat(rules.nodePlaced[w]).isEqualTo(workload.placement() == PlacementMode.NODE);
            for (int p = 0; p < input.pools().size(); p++) {
                int pool = p;
                boolean allowed = Arrays.stream(rules.allowedPools[w]).anyMatch(q -> q == pool);
                assertThat(allowed).isEqualTo(workload.mayRunIn(input.pools().get(p).name()));
                takesNodes[p] |= allowed && rules.nodePlaced[w];
            }
            long sharing = input.workloads().stream().filter(v -> v.placement() == PlacementMode.NODE
                    && v.antiAffinity().isPresent() && v.antiAffinity().equals(workload.antiAffinity())).count();
            assertThat(grouped.contains(w)).isEqualTo(rules.nodePlaced[w] && sharing > 1);
        }
        assertThat(rules.poolTakesNodes).containsExactly(takesNodes);
    }

    /** The most a plan may cost at the exponent: every pool buying up to its limits, every workload moving every period. */
    private static long dearestPlan(AllocationProblem pr, int exponent) {
        long total = 0;
        for (int p = 0; p < pr.pools; p++) {
            for (int k = 0; k < pr.nodeTypes; k++) {
                total += Scaling.up(pr.realCost(k), exponent) * pr.purchaseLimit[p][k];
            }
        }
        return total + (pr.movesAllowed ? Scaling.up(pr.realMoveCost(), exponent) * pr.mostMoves() : 0);
    }

    /** The dearest single price at the exponent: a node's, or a move's when moves are allowed. */
    private static long dearestPrice(AllocationProblem pr, int exponent) {
        long dearest = Scaling.up(pr.realMoveCost(), exponent);
        for (int k = 0; k < pr.nodeTypes; k++) {
            dearest = Math.max(dearest, Scaling.up(pr.realCost(k), exponent));
        }
        return dearest;
    }

    private static void assertRoundedUp(long scaled, BigDecimal real, int exponent) {
        BigDecimal exact = real.scaleByPowerOfTen(exponent);
        assertThat(BigDecimal.valueOf(scaled)).isGreaterThanOrEqualTo(exact);
        assertThat(BigDecimal.valueOf(scaled - 1)).isLessThan(exact);
    }

    private static void assertRoundedDown(long scaled, BigDecimal real, int exponent) {
        BigDecimal exact = real.scaleByPowerOfTen(exponent);
        assertThat(BigDecimal.valueOf(scaled)).isLessThanOrEqualTo(exact);
        assertThat(BigDecimal.valueOf(scaled + 1)).isGreaterThan(exact);
    }

    private static AllocationProblem problemOf(PlanningInput input) {
        List<Period> periods = input.plannedPeriods();
        Map<String, Double> known = new HashMap<>();
        for (KnownDemand d : input.knownDemand()) {
            known.put(d.workload() + "|" + d.resource() + "|" + d.period(), d.demand());
        }
        return AllocationProblem.of(input, periods, (w, r, t) -> known.getOrDefault(input.workloads().get(w).name()
                + "|" + input.resources().get(r).name() + "|" + periods.get(t), 0.0));
    }

    /**
     * Two pools and two node types whose figures are scaled by a seeded power of ten from 10^-4 to
     * 10^11, with prices, budgets and a move cost of many decimals, so that rounding and coarse
     * scales both occur.
     */
    private static PlanningInput oddFigures(long seed) {
        Random random = new Random(new SplittableRandom(seed).nextLong());
        double scale = Math.pow(10, random.nextInt(16) - 4);
        int periods = 2 + random.nextInt(4);
        InputBuilder b = InputBuilder.monthly("2026-01", periods)
                .moves(random.nextBoolean(), random.nextInt(10_000) / 7.0 * scale)
                .resource("cpu", 0.8).resource("memory", 0.95)
                .pool("a", random.nextInt(3), OptionalInt.of(3 + random.nextInt(20))).pool("b")
                .nodeType("big", random.nextInt(100_000) / 81.0 * scale, random.nextInt(3),
                        "cpu", 64 * scale, "memory", 256.3)
                .nodeType("small", random.nextInt(100_000) / 3.0 * scale, 0, "cpu", 8.25 * scale, "memory", 32)
                .existing("a", "big", random.nextInt(3)).existing("b", "small", 1, "2026-02")
                .budget("2026-0" + (1 + random.nextInt(periods)), random.nextInt(1_000_000) / 9.0 * scale);
        int workloads = 3 + random.nextInt(5);
        for (int w = 0; w < workloads; w++) {
            String name = "w" + w;
            if (random.nextBoolean()) {
                b.onNode(name, random.nextBoolean() ? "g" : null, "a", "b");
            } else {
                b.allowed(name, random.nextBoolean() ? new String[]{"a"} : new String[]{"a", "b"});
            }
            double[] cpu = new double[periods];
            double[] memory = new double[periods];
            for (int t = 0; t < periods; t++) {
                cpu[t] = random.nextInt(1000) / 13.0 * scale;
                memory[t] = random.nextInt(500) / 7.0;
            }
            b.demand(name, "cpu", cpu).demand(name, "memory", memory);
        }
        return b.build();
    }
}

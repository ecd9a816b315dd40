/**
 * Scenarios as data: a baseline plus named what-ifs, each an ordered list of {@link
 * dev.headroom.core.scenario.ScenarioChange changes} over the baseline's {@link
 * dev.headroom.core.model.PlanningInput}, and the {@link dev.headroom.core.scenario.ScenarioComparison
 * comparison} of the plans made for two or more of them.
 *
 * <p>A scenario changes the input ({@link dev.headroom.core.scenario.Scenario#apply}) and, for growth,
 * the forecasts: forecast demand exists only once the planner has forecast it, so growth on forecast
 * series is applied by decorating the forecaster port ({@link
 * dev.headroom.core.scenario.Scenario#forecaster}); growth on known demand is applied to the input.
 * {@link dev.headroom.core.scenario.Scenario#plan} does both.
 */
package dev.headroom.core.scenario;

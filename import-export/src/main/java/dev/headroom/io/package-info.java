/**
 * Headroom's files: reading what planners bring (planning workbooks, usage history as CSV or Excel)
 * into planner-core's {@code PlanningInput} and series, and writing what Headroom hands on (the plan
 * workbook, SUMMARY.json, forecasts, workbook templates).
 *
 * <p>Readers are all-or-nothing: they collect every problem, each naming file, sheet, row, column and
 * value, and throw them together as an {@code InvalidInputException}. Writers replace their target
 * atomically through {@link dev.headroom.io.AtomicFiles} and report failures as
 * {@link dev.headroom.io.ExportException}.
 */
package dev.headroom.io;

/** The plan outputs of CONTRACT §6: the plan workbook (PLAN.xlsx) and SUMMARY.json. */
package dev.headroom.io.plan;

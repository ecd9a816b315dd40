/** Streaming .xlsx output with Headroom's header style, frozen panes, filters and column widths. */
package dev.headroom.io.xlsx;

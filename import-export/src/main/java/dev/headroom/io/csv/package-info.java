/**
 * The plan as RFC 4180 CSV, one file per table, in UTF-8 with an optional byte order mark for Excel;
 * text that could be taken for a formula is neutralised.
 */
package dev.headroom.io.csv;

/** The planning workbook of CONTRACT §5: its reader, its writer and the empty template. */
package dev.headroom.io.workbook;

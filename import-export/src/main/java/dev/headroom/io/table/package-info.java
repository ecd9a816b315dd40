/**
 * Sheets and CSV files seen as tables of cells, and the shared rules for reading a cell as a name,
 * number or period. Internal to the import-export module: the readers in the other packages build
 * on it so that every file is read, and every problem worded, the same way.
 */
package dev.headroom.io.table;

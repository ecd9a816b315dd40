/**
 * The {@code .headroom} project file: an SQLite database holding the planning input with its usage history
 * and known demand, the imports it came from (mapping, source name, SHA-256), scenarios, plans and notes
 * ({@link dev.headroom.io.project.ProjectFile}); background autosave to a sidecar file and its recovery
 * ({@link dev.headroom.io.project.Autosaver}); and the planning workbook's {@code Scenarios} sheet
 * ({@link dev.headroom.io.project.ScenariosSheet}), whose columns the file's scenario table shares.
 */
package dev.headroom.io.project;

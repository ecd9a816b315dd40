/**
 * Printing the plan report from the window: the same PDF the command line writes ({@code --report}),
 * rendered to page images for a print preview and for the printer. {@link dev.headroom.app.gui.print.PrintPreview}
 * is the entry point; {@link dev.headroom.app.gui.print.PrintPreviewModel} holds the logic and is tested
 * without a screen.
 */
package dev.headroom.app.gui.print;

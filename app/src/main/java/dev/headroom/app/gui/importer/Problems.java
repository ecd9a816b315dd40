package dev.headroom.app.gui.importer;

import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.InputProblem;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;

import java.util.stream.Collectors;

/** A line above a page saying why the file cannot be read, or how many problems the check page lists. */
final class Problems {

    private static final Texts T = Texts.of(Problems.class);
    private Problems() {
    }

    /**
     * @param unreadable only when the file cannot be shown at all (the file page); else whenever there are problems
     */
    static Label banner(WizardModel model, boolean unreadable) {
        Label banner = new Label();
        banner.getStyleClass().addAll(atlantafx.base.theme.Styles.DANGER, "import-banner");
        banner.setWrapText(true);
        banner.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.problems().isEmpty() || unreadable && model.previewProperty().get() != null) {
                return "";
            }
            if (unreadable) {
                return model.problems().stream().map((InputProblem p) -> p.toString(java.util.Locale.getDefault()))
                        .collect(Collectors.joining("\n"));
            }
            int n = model.problems().size();
            return T.get("banner", n);
        }, model.problems(), model.previewProperty()));
        banner.visibleProperty().bind(banner.textProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}

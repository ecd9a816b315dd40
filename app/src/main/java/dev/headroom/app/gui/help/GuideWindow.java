package dev.headroom.app.gui.help;

import atlantafx.base.theme.Styles;
import dev.headroom.app.gui.access.TextSize;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help › Guide: the workflow, a section per step, in a window of its own beside the main one, so the planner
 * can read it while working. Text only, wrapped to the window's width and in the theme's font.
 */
public final class GuideWindow {

    private static Stage shown;

    private GuideWindow() {
    }

    /** The guide's content: the intro and each section's heading and paragraphs. */
    static VBox content() {
        VBox box = new VBox(8);
        box.setId("guideContent");
        box.setPadding(new Insets(16, 20, 20, 20));
        Label title = new Label(Guide.title());
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(Guide.intro());
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        box.getChildren().addAll(title, intro);
        int n = 1;
        for (Guide.Section section : Guide.sections()) {
            Label heading = new Label(n++ + ". " + section.title());
            heading.getStyleClass().add(Styles.TITLE_4);
            VBox.setMargin(heading, new Insets(10, 0, 0, 0));
            box.getChildren().add(heading);
            for (String paragraph : section.paragraphs()) {
                Label text = new Label(paragraph.strip());
                text.setWrapText(true);
                box.getChildren().add(text);
            }
        }
        return box;
    }

    /** Shows the guide beside {@code owner}, or brings it to the front when it is open already. */
    public static void show(Window owner) {
        if (shown != null && shown.isShowing()) {
            shown.toFront();
            return;
        }
        VBox content = content();
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("guideScroll");
        scroll.setFocusTraversable(true);
        scroll.setAccessibleText(Guide.title());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Guide.title());
        Scene scene = new Scene(scroll);
        // Sized in em of the window's font, so the window grows with the system's text size.
        double em = TextSize.rootSize();
        content.setPrefWidth(44 * em);
        scroll.setPrefHeight(40 * em);
        stage.setScene(scene);
        stage.show();
        shown = stage;
    }
}
